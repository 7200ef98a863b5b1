export const root: string;
export const buildInputs: string[];
export function fingerprint(): string;
export function ensureDependencies(): void;
export function ensureBuild(): number;
export function run(command: string, args: string[], options?: object): number;
