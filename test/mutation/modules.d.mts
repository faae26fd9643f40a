/** A module of src for mutation runs: what it mutates, its tests, and its cap on a property's runs. */
export interface MutationModule {
  readonly mutate: readonly string[];
  readonly tests: string;
  readonly runs?: number;
}
/** The modules of src that mutation runs take one at a time, each with its own tests. */
export declare const mutationModules: Readonly<Record<string, MutationModule>>;
/** The module a run is for, from `STRYKER_MODULE`, or undefined for the whole of src. */
export declare function mutationModule(): (MutationModule & { name: string }) | undefined;
