export declare function embeddedOpaFile(): string;
export declare function embeddedOpaStamp(file?: string): string;
export declare function embeddedOpaRunner(file?: string): (args: string[], cwd: string) => string;
