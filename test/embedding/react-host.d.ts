// Just the React API react.test.ts uses (the project does not install @types/react).
export type ReactNode = unknown;
export interface ReactElement {
  type: unknown;
  props: Record<string, unknown>;
}
export function createElement(type: unknown, props?: Record<string, unknown> | null, ...children: ReactNode[]): ReactElement;
export function useState<T>(initial: T): [T, (next: T | ((previous: T) => T)) => void];
export const version: string;
export function flushSync<R>(fn: () => R): R;
export interface Root {
  render(children: ReactNode): void;
  unmount(): void;
}
export function createRoot(container: Element): Root;
