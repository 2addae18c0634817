// Sample catalogue: a selection of the commune-level procedures handled by the one-stop office of Đông Sơn
// commune (huyện Yên Thế, tỉnh Bắc Giang), the office whose Q1 2024 report seeded this project.
// It is data, validated by loadCatalogue like any catalogue a user brings; codes, time limits and fees follow
// the published commune procedure lists of the time, but a real office should load its own current list.

/** The sample office: its code is used in stream names (`dossier-DONGSON-<code>`). */
export const dongSonOffice = {
  code: 'DONGSON',
  name: 'Bộ phận tiếp nhận và trả kết quả xã Đông Sơn',
  commune: 'Đông Sơn',
  district: 'Yên Thế',
  province: 'Bắc Giang',
} as const;

const days = (amount: number) => ({ unit: 'workingDays', amount }) as const;
const hours = (amount: number) => ({ unit: 'workingHours', amount }) as const;
const calendarDays = (amount: number) => ({ unit: 'calendarDays', amount }) as const;

const HO_TICH = 'Hộ tịch';
const CHUNG_THUC = 'Chứng thực';
const BTXH = 'Bảo trợ xã hội';
const DAT_DAI = 'Đất đai';
const NUOI_CON_NUOI = 'Nuôi con nuôi';
const NGUOI_CO_CONG = 'Người có công';
const THI_DUA = 'Thi đua, khen thưởng';
const TON_GIAO = 'Tôn giáo';
const HOA_GIAI = 'Hòa giải ở cơ sở';
const VAN_HOA = 'Văn hóa';

export const dongSonProcedures = [
  // Hộ tịch: births, marriages and deaths registered on time are free (Luật Hộ tịch 2014, art. 11).
  {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    field: HO_TICH,
    timeLimit: days(1),
    onlineLevel: 'full',
    nonGeographic: false,
    feeVnd: 0,
  },
  {
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    field: HO_TICH,
    timeLimit: days(5),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 0,
  },
  {
    code: '1.000656',
    name: 'Đăng ký khai tử',
    field: HO_TICH,
    timeLimit: days(1),
    onlineLevel: 'full',
    nonGeographic: false,
    feeVnd: 0,
  },
  {
    code: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    field: HO_TICH,
    timeLimit: days(3),
    onlineLevel: 'full',
    nonGeographic: false,
    feeVnd: 3000,
  },
  {
    code: '1.001022',
    name: 'Đăng ký nhận cha, mẹ, con',
    field: HO_TICH,
    timeLimit: days(3),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 5000,
  },
  {
    code: '1.004859',
    name: 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
    field: HO_TICH,
    timeLimit: days(3),
    onlineLevel: 'full',
    nonGeographic: false,
    feeVnd: 5000,
  },
  {
    code: '1.004884',
    name: 'Đăng ký lại khai sinh',
    field: HO_TICH,
    timeLimit: days(5),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 5000,
  },
  {
    code: '1.004837',
    name: 'Đăng ký giám hộ',
    field: HO_TICH,
    timeLimit: days(3),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 5000,
  },
  {
    code: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch',
    field: HO_TICH,
    timeLimit: hours(4),
    onlineLevel: 'full',
    nonGeographic: true,
    feeVnd: 8000,
  },
  // Chứng thực: copies and signatures are certified the same day at any commune (nonGeographic).
  {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    field: CHUNG_THUC,
    timeLimit: hours(8),
    onlineLevel: 'partial',
    nonGeographic: true,
    feeVnd: 2000,
  },
  {
    code: '2.000884',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản',
    field: CHUNG_THUC,
    timeLimit: hours(8),
    onlineLevel: 'none',
    nonGeographic: true,
    feeVnd: 10000,
  },
  {
    code: '2.000913',
    name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở',
    field: CHUNG_THUC,
    timeLimit: days(2),
    onlineLevel: 'none',
    nonGeographic: false,
    feeVnd: 50000,
  },
  {
    code: '2.001035',
    name: 'Chứng thực di chúc',
    field: CHUNG_THUC,
    timeLimit: days(2),
    onlineLevel: 'none',
    nonGeographic: false,
    feeVnd: 50000,
  },
  {
    code: '2.001019',
    name: 'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    field: CHUNG_THUC,
    timeLimit: days(2),
    onlineLevel: 'none',
    nonGeographic: false,
    feeVnd: 50000,
  },
  // Bảo trợ xã hội: the commune receives and reviews, the district decides; the limits are the whole chain's.
  {
    code: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
    field: BTXH,
    timeLimit: days(22),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 0,
  },
  {
    code: '2.000744',
    name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    field: BTXH,
    timeLimit: days(5),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 0,
  },
  {
    code: '1.001653',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    field: BTXH,
    timeLimit: calendarDays(30),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 0,
  },
  {
    code: '1.001758',
    name: 'Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở',
    field: BTXH,
    timeLimit: days(10),
    onlineLevel: 'none',
    nonGeographic: false,
    feeVnd: 0,
  },
  // Đất đai: land disputes go to commune conciliation first; the law counts that in calendar days.
  {
    code: '2.000778',
    name: 'Hòa giải tranh chấp đất đai',
    field: DAT_DAI,
    timeLimit: calendarDays(45),
    onlineLevel: 'none',
    nonGeographic: false,
    feeVnd: 0,
  },
  {
    code: '1.003554',
    name: 'Xác nhận nguồn gốc, thời điểm sử dụng đất phục vụ cấp Giấy chứng nhận quyền sử dụng đất',
    field: DAT_DAI,
    timeLimit: days(10),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 0,
  },
  // Nuôi con nuôi
  {
    code: '1.003005',
    name: 'Đăng ký việc nuôi con nuôi trong nước',
    field: NUOI_CON_NUOI,
    timeLimit: calendarDays(30),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 400000,
  },
  {
    code: '1.003160',
    name: 'Đăng ký lại việc nuôi con nuôi trong nước',
    field: NUOI_CON_NUOI,
    timeLimit: days(5),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 0,
  },
  // Người có công
  {
    code: '1.010831',
    name: 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
    field: NGUOI_CO_CONG,
    timeLimit: days(12),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 0,
  },
  {
    code: '1.010823',
    name: 'Hỗ trợ mai táng phí khi người có công với cách mạng từ trần',
    field: NGUOI_CO_CONG,
    timeLimit: days(7),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 0,
  },
  {
    code: '1.010812',
    name: 'Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và hỗ trợ thăm viếng mộ liệt sĩ',
    field: NGUOI_CO_CONG,
    timeLimit: days(5),
    onlineLevel: 'full',
    nonGeographic: false,
    feeVnd: 0,
  },
  // Thi đua, khen thưởng
  {
    code: '1.000775',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thực hiện nhiệm vụ chính trị',
    field: THI_DUA,
    timeLimit: days(20),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 0,
  },
  {
    code: '1.000748',
    name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho gia đình',
    field: THI_DUA,
    timeLimit: days(20),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 0,
  },
  // Tôn giáo
  {
    code: '1.001055',
    name: 'Thủ tục đăng ký hoạt động tín ngưỡng',
    field: TON_GIAO,
    timeLimit: calendarDays(15),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 0,
  },
  {
    code: '1.001085',
    name: 'Thủ tục thông báo tổ chức quyên góp trong địa bàn một xã của cơ sở tín ngưỡng, tổ chức tôn giáo',
    field: TON_GIAO,
    timeLimit: days(5),
    onlineLevel: 'full',
    nonGeographic: false,
    feeVnd: 0,
  },
  // Hòa giải ở cơ sở
  {
    code: '2.000930',
    name: 'Thủ tục công nhận hòa giải viên',
    field: HOA_GIAI,
    timeLimit: days(5),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 0,
  },
  // Văn hóa
  {
    code: '1.000954',
    name: 'Thủ tục xét tặng danh hiệu Gia đình văn hóa hằng năm',
    field: VAN_HOA,
    timeLimit: days(5),
    onlineLevel: 'partial',
    nonGeographic: false,
    feeVnd: 0,
  },
] as const;
