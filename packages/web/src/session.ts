// The API key lives for this browser tab only (sessionStorage): never in a URL, a cookie or a log line.
const KEY = 'motcua.key';

export const session = {
  key: (): string | null => sessionStorage.getItem(KEY),
  signIn: (key: string): void => sessionStorage.setItem(KEY, key),
  signOut: (): void => sessionStorage.removeItem(KEY),
};
