import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { logIfRefused } from "../api/errors";
import { requireRole, type Actor } from "../auth/actor";
import { currentActor } from "../auth/request-actor";
import type { UserRole } from "../db/generated/enums";
import { toAppError } from "../editing/database-errors";
import { readFormValues } from "../editing/form-values";
import { parseInput } from "../editing/validation";
import { AppError } from "../errors";

// The one way a server action runs, in the style of next-safe-action: middleware (`use`) says
// who is asking, the form is parsed by the shared zod schema, and there is one error policy.
// An expected AppError reaches the form with its message and field messages; anything else is
// logged and worded generically; redirect() and notFound() pass through. The lib checks the
// role again on every write: an action is a public endpoint whatever the page showed.

const GENERIC_FAILURE = "This could not be done because of a problem on our side. Your input is kept: try again in a moment.";

/** Why an action did not go through, for its form. */
export interface Refusal {
  message: string;
  /** Messages by the field's dotted name. */
  fields?: Record<string, string>;
  /** The expected error itself; absent for a failure on our side. */
  error?: AppError;
}

export function refusalOf(thrown: unknown): Refusal {
  const error = toAppError(thrown);
  if (!(error instanceof AppError)) {
    console.error("server action failed", error);
    return { message: GENERIC_FAILURE };
  }
  logIfRefused(error.status, error.code);
  return { message: error.message, fields: error.fields, error };
}

type Bound<B extends readonly z.ZodType[]> = { -readonly [K in keyof B]: z.output<B[K]> };
type BoundInput<B extends readonly z.ZodType[]> = { -readonly [K in keyof B]: z.input<B[K]> };

/** A refusal in one sentence, for a form with one thing to fill: its field's message, or the message. */
export function oneMessage({ message, fields }: Refusal): string {
  return fields ? Object.values(fields).join(" ") : message;
}

interface FormDefinition<Ctx, State, Input, B extends readonly z.ZodType[]> {
  /** Schemas of the arguments the page binds (a record's id): they arrive from the client like the form. */
  bind?: B;
  /** The shared schema the form's values (readFormValues, or `read`) are parsed with. */
  schema?: z.ZodType<Input>;
  read?: (form: FormData) => unknown;
  run: (call: { ctx: Ctx; input: Input; form: FormData }, ...bound: Bound<B>) => Promise<State>;
  /** The form's state for a refusal: what it shows, with the values as submitted. */
  refused: (refusal: Refusal, call: { form: FormData; ctx?: Ctx }, ...bound: Bound<B>) => State | Promise<State>;
}

class ActionClient<Ctx> {
  constructor(private readonly context: () => Promise<Ctx>) {}

  /** A client whose actions first run `middleware`, adding what it returns to the context. */
  use<Added>(middleware: (ctx: Ctx) => Promise<Added>): ActionClient<Ctx & Added> {
    return new ActionClient(async () => {
      const ctx = await this.context();
      return { ...ctx, ...(await middleware(ctx)) };
    });
  }

  /** A form action for useActionState: `(...bound, previous, form) => state` (bind the leading arguments). */
  form<State, Input = FormData, const B extends readonly z.ZodType[] = []>(definition: FormDefinition<Ctx, State, Input, B>) {
    return async (...args: [...BoundInput<B>, State, FormData]): Promise<State> => {
      const form = args[args.length - 1] as FormData;
      const given = args.slice(0, -2);
      const bound = (definition.bind ?? []).map((schema, index) => schema.safeParse(given[index]).data) as Bound<B>;
      let ctx: Ctx | undefined;
      try {
        if (bound.some((value) => value === undefined))
          throw new AppError("invalid_input", "This form is missing what it refers to; reload the page.");
        ctx = await this.context();
        const input = definition.schema ? parseInput(definition.schema, (definition.read ?? readFormValues)(form)) : (form as Input);
        return await definition.run({ ctx, input, form }, ...bound);
      } catch (error) {
        unstable_rethrow(error);
        return definition.refused(refusalOf(error), { form, ctx }, ...bound);
      }
    };
  }

  /** An action called without a form state (a picker's look-up, signing out): its answer, or the refusal thrown in words. */
  call<Args extends unknown[], Result>(run: (ctx: Ctx, ...args: Args) => Promise<Result>) {
    return async (...args: Args): Promise<Result> => {
      try {
        return await run(await this.context(), ...args);
      } catch (error) {
        unstable_rethrow(error);
        throw new Error(refusalOf(error).message);
      }
    };
  }
}

/** Authentication and role in one middleware: the signed-in actor, at least `role`. */
export function withRole(role: UserRole) {
  return async (): Promise<{ actor: NonNullable<Actor> }> => {
    const actor = await currentActor();
    requireRole(actor, role);
    return { actor };
  };
}

/** Actions anyone may call (signing in, accepting an invite). */
export const actionClient = new ActionClient(async () => ({}));
export const editorAction = actionClient.use(withRole("EDITOR"));
export const adminAction = actionClient.use(withRole("ADMIN"));
