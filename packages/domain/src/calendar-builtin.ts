// The shipped calendar, in the very format an administrator gives with `--calendar FILE` (calendar-file.ts).
// A copy lives in packages/domain/calendar/calendar-vn.csv for administrators to start from; a test keeps
// the two equal. 2027 is provisional: only the date of Tết Đinh Mùi (06/02/2027) is known, the days off
// below follow the Labour Code rules until the government announces the year.
export const BUILTIN_CALENDAR_CSV = `date,kind,name,basis,status
2023-01-02,off,Nghỉ bù Tết Dương lịch,Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết 2023 (số văn bản chưa kiểm tra); Bộ luật Lao động 2019 điều 111-112,announced
2023-01-20,off,Tết Nguyên đán,Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết 2023 (số văn bản chưa kiểm tra); Bộ luật Lao động 2019 điều 111-112,announced
2023-01-23,off,Tết Nguyên đán,Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết 2023 (số văn bản chưa kiểm tra); Bộ luật Lao động 2019 điều 111-112,announced
2023-01-24,off,Tết Nguyên đán,Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết 2023 (số văn bản chưa kiểm tra); Bộ luật Lao động 2019 điều 111-112,announced
2023-01-25,off,Tết Nguyên đán,Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết 2023 (số văn bản chưa kiểm tra); Bộ luật Lao động 2019 điều 111-112,announced
2023-01-26,off,Tết Nguyên đán,Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết 2023 (số văn bản chưa kiểm tra); Bộ luật Lao động 2019 điều 111-112,announced
2023-05-01,off,Ngày Quốc tế Lao động,Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết 2023 (số văn bản chưa kiểm tra); Bộ luật Lao động 2019 điều 111-112,announced
2023-05-02,off,Nghỉ bù Giỗ Tổ Hùng Vương,Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết 2023 (số văn bản chưa kiểm tra); Bộ luật Lao động 2019 điều 111-112,announced
2023-05-03,off,Nghỉ bù Ngày Chiến thắng,Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết 2023 (số văn bản chưa kiểm tra); Bộ luật Lao động 2019 điều 111-112,announced
2023-09-01,off,Quốc khánh,Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết 2023 (số văn bản chưa kiểm tra); Bộ luật Lao động 2019 điều 111-112,announced
2023-09-04,off,Nghỉ bù Quốc khánh,Thông báo của Bộ LĐ-TB&XH về lịch nghỉ Tết 2023 (số văn bản chưa kiểm tra); Bộ luật Lao động 2019 điều 111-112,announced
2024-01-01,off,Tết Dương lịch,Thông báo 5670/TB-LĐTBXH (số chưa kiểm tra); Văn bản 2450/VPCP-KGVX ngày 12/04/2024,announced
2024-02-08,off,Tết Nguyên đán,Thông báo 5670/TB-LĐTBXH (số chưa kiểm tra); Văn bản 2450/VPCP-KGVX ngày 12/04/2024,announced
2024-02-09,off,Tết Nguyên đán,Thông báo 5670/TB-LĐTBXH (số chưa kiểm tra); Văn bản 2450/VPCP-KGVX ngày 12/04/2024,announced
2024-02-12,off,Tết Nguyên đán,Thông báo 5670/TB-LĐTBXH (số chưa kiểm tra); Văn bản 2450/VPCP-KGVX ngày 12/04/2024,announced
2024-02-13,off,Tết Nguyên đán,Thông báo 5670/TB-LĐTBXH (số chưa kiểm tra); Văn bản 2450/VPCP-KGVX ngày 12/04/2024,announced
2024-02-14,off,Tết Nguyên đán,Thông báo 5670/TB-LĐTBXH (số chưa kiểm tra); Văn bản 2450/VPCP-KGVX ngày 12/04/2024,announced
2024-04-18,off,Giỗ Tổ Hùng Vương,Thông báo 5670/TB-LĐTBXH (số chưa kiểm tra); Văn bản 2450/VPCP-KGVX ngày 12/04/2024,announced
2024-04-29,off,Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024),Thông báo 5670/TB-LĐTBXH (số chưa kiểm tra); Văn bản 2450/VPCP-KGVX ngày 12/04/2024,announced
2024-04-30,off,Ngày Chiến thắng,Thông báo 5670/TB-LĐTBXH (số chưa kiểm tra); Văn bản 2450/VPCP-KGVX ngày 12/04/2024,announced
2024-05-01,off,Ngày Quốc tế Lao động,Thông báo 5670/TB-LĐTBXH (số chưa kiểm tra); Văn bản 2450/VPCP-KGVX ngày 12/04/2024,announced
2024-05-04,working,Làm bù (hoán đổi ngày làm việc),Thông báo 5670/TB-LĐTBXH (số chưa kiểm tra); Văn bản 2450/VPCP-KGVX ngày 12/04/2024,announced
2024-09-02,off,Quốc khánh,Thông báo 5670/TB-LĐTBXH (số chưa kiểm tra); Văn bản 2450/VPCP-KGVX ngày 12/04/2024,announced
2024-09-03,off,Quốc khánh,Thông báo 5670/TB-LĐTBXH (số chưa kiểm tra); Văn bản 2450/VPCP-KGVX ngày 12/04/2024,announced
2025-01-01,off,Tết Dương lịch,Văn bản 8726/VPCP-KGVX ngày 26/11/2024,announced
2025-01-27,off,Tết Nguyên đán,Văn bản 8726/VPCP-KGVX ngày 26/11/2024,announced
2025-01-28,off,Tết Nguyên đán,Văn bản 8726/VPCP-KGVX ngày 26/11/2024,announced
2025-01-29,off,Tết Nguyên đán,Văn bản 8726/VPCP-KGVX ngày 26/11/2024,announced
2025-01-30,off,Tết Nguyên đán,Văn bản 8726/VPCP-KGVX ngày 26/11/2024,announced
2025-01-31,off,Tết Nguyên đán,Văn bản 8726/VPCP-KGVX ngày 26/11/2024,announced
2025-04-07,off,Giỗ Tổ Hùng Vương,Văn bản 8726/VPCP-KGVX ngày 26/11/2024,announced
2025-04-26,working,Làm bù (hoán đổi ngày làm việc),Văn bản 8726/VPCP-KGVX ngày 26/11/2024,announced
2025-04-30,off,Ngày Chiến thắng,Văn bản 8726/VPCP-KGVX ngày 26/11/2024,announced
2025-05-01,off,Ngày Quốc tế Lao động,Văn bản 8726/VPCP-KGVX ngày 26/11/2024,announced
2025-05-02,off,Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025),Văn bản 8726/VPCP-KGVX ngày 26/11/2024,announced
2025-09-01,off,Quốc khánh,Văn bản 8726/VPCP-KGVX ngày 26/11/2024,announced
2025-09-02,off,Quốc khánh,Văn bản 8726/VPCP-KGVX ngày 26/11/2024,announced
2026-01-01,off,Tết Dương lịch,Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-01-02,off,Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026),Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-01-10,working,Làm bù (hoán đổi ngày làm việc),Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-02-16,off,Tết Nguyên đán,Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-02-17,off,Tết Nguyên đán,Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-02-18,off,Tết Nguyên đán,Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-02-19,off,Tết Nguyên đán,Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-02-20,off,Tết Nguyên đán,Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-04-27,off,Nghỉ bù Giỗ Tổ Hùng Vương,Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-04-30,off,Ngày Chiến thắng,Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-05-01,off,Ngày Quốc tế Lao động,Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-08-22,working,Làm bù (hoán đổi ngày làm việc),Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-08-31,off,Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026),Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-09-01,off,Quốc khánh,Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2026-09-02,off,Quốc khánh,Văn bản 12729/VPCP-KGVX ngày 25/12/2025; Thông báo 9441/TB-BNV; Công văn 9859/VPCP-KGVX,announced
2027-01-01,off,Tết Dương lịch,Bộ luật Lao động 2019 điều 111-112 (dự kiến theo quy tắc; lịch nghỉ 2027 chưa công bố),provisional
2027-02-05,off,Tết Nguyên đán,Bộ luật Lao động 2019 điều 111-112 (dự kiến theo quy tắc; lịch nghỉ 2027 chưa công bố),provisional
2027-02-08,off,Tết Nguyên đán,Bộ luật Lao động 2019 điều 111-112 (dự kiến theo quy tắc; lịch nghỉ 2027 chưa công bố),provisional
2027-02-09,off,Tết Nguyên đán,Bộ luật Lao động 2019 điều 111-112 (dự kiến theo quy tắc; lịch nghỉ 2027 chưa công bố),provisional
2027-02-10,off,Nghỉ bù Tết Nguyên đán,Bộ luật Lao động 2019 điều 111-112 (dự kiến theo quy tắc; lịch nghỉ 2027 chưa công bố),provisional
2027-02-11,off,Nghỉ bù Tết Nguyên đán,Bộ luật Lao động 2019 điều 111-112 (dự kiến theo quy tắc; lịch nghỉ 2027 chưa công bố),provisional
2027-04-16,off,Giỗ Tổ Hùng Vương,Bộ luật Lao động 2019 điều 111-112 (dự kiến theo quy tắc; lịch nghỉ 2027 chưa công bố),provisional
2027-04-30,off,Ngày Chiến thắng,Bộ luật Lao động 2019 điều 111-112 (dự kiến theo quy tắc; lịch nghỉ 2027 chưa công bố),provisional
2027-05-03,off,Nghỉ bù Ngày Quốc tế Lao động,Bộ luật Lao động 2019 điều 111-112 (dự kiến theo quy tắc; lịch nghỉ 2027 chưa công bố),provisional
2027-09-02,off,Quốc khánh,Bộ luật Lao động 2019 điều 111-112 (dự kiến theo quy tắc; lịch nghỉ 2027 chưa công bố),provisional
2027-09-03,off,Quốc khánh,Bộ luật Lao động 2019 điều 111-112 (dự kiến theo quy tắc; lịch nghỉ 2027 chưa công bố),provisional`;
