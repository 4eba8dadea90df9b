export declare function embeddedOpaFile(): string;
export declare function embeddedOpaStamp(file?: string): string;
export declare function compileEmbeddedOpa(file?: string): WebAssembly.Module;
export declare function embeddedOpaRunner(file?: string, module?: WebAssembly.Module): (args: string[], cwd: string) => string;
