/** The modules of src that mutation runs take one at a time, each with its own tests. */
export declare const mutationModules: Readonly<Record<string, { mutate: readonly string[]; tests: string }>>;
/** The module a run is for, from `STRYKER_MODULE`, or undefined for the whole of src. */
export declare function mutationModule():
  | { name: string; mutate: readonly string[]; tests: string }
  | undefined;
