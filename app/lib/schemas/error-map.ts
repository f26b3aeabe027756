// Dutch messages for every zod check that does not bring its own, set once for the whole server
// (imported by entry.server.tsx and by lib/forms.ts). A field's own message always wins.
import { ZodIssueCode, ZodParsedType, z, type ZodErrorMap } from "zod";
import { nl } from "~/i18n/nl";

const NUMBERS: readonly string[] = [ZodParsedType.number, ZodParsedType.integer, ZodParsedType.float, ZodParsedType.bigint, ZodParsedType.nan];

export const dutchErrorMap: ZodErrorMap = (issue) => {
  switch (issue.code) {
    case ZodIssueCode.invalid_type:
      if (issue.received === ZodParsedType.undefined || issue.received === ZodParsedType.null) return { message: nl.form.required };
      // A field sent more than once arrives as a list.
      if (issue.received === ZodParsedType.array) return { message: nl.form.once };
      if (issue.expected === ZodParsedType.string) return { message: nl.form.text };
      if (NUMBERS.includes(issue.expected)) return { message: nl.form.number };
      return { message: nl.form.invalid };
    case ZodIssueCode.too_small: {
      const min = Number(issue.minimum);
      if (issue.type === "string") return { message: min <= 1 ? nl.form.required : nl.form.tooShort(min) };
      if (issue.type === "number" || issue.type === "bigint") return { message: nl.form.numberMin(min) };
      if (issue.type === "array" || issue.type === "set") return { message: nl.form.chooseMin(min) };
      return { message: nl.form.invalidDate };
    }
    case ZodIssueCode.too_big: {
      const max = Number(issue.maximum);
      if (issue.type === "string") return { message: nl.form.tooLong(max) };
      if (issue.type === "number" || issue.type === "bigint") return { message: nl.form.numberMax(max) };
      if (issue.type === "array" || issue.type === "set") return { message: nl.form.chooseMax(max) };
      return { message: nl.form.invalidDate };
    }
    case ZodIssueCode.invalid_string:
      return { message: issue.validation === "email" ? nl.auth.invalidEmail : nl.form.invalid };
    case ZodIssueCode.invalid_enum_value:
    case ZodIssueCode.invalid_literal:
    case ZodIssueCode.invalid_union:
    case ZodIssueCode.invalid_union_discriminator:
      return { message: nl.form.choose };
    case ZodIssueCode.invalid_date:
      return { message: nl.form.invalidDate };
    case ZodIssueCode.not_multiple_of:
    case ZodIssueCode.not_finite:
      return { message: nl.form.number };
    default:
      return { message: nl.form.invalid };
  }
};

z.setErrorMap(dutchErrorMap);
