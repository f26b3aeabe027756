import { Form } from "@remix-run/react";
import { ErrorSummary, Field } from "~/components/field";
import { nlLearning } from "~/i18n/slices";
import type { Block } from "~/lib/content-schema";
import { REFLECTION_MAX, answerField } from "~/lib/module-parts";
import { ContentHtml } from "./content-html";

interface Props {
  blocks: Block[];
  questions: { id: string; text: string }[];
  answers: Record<string, string>;
  errors?: Record<string, string>;
}

// Part 4: the module's text with an answer field where each question stands.
export function ReflectionForm({ blocks, questions, answers, errors }: Props) {
  return (
    <Form method="post" className="stack reflection-form" noValidate>
      <p className="notice">{nlLearning.learning.reflection.private}</p>
      <ErrorSummary errors={errors} message={nlLearning.form.errorSummary} />
      {blocks.map((block, i) => {
        if ("html" in block) return <ContentHtml key={i} html={block.html} />;
        const name = answerField(block.questionId);
        return (
          <Field
            key={i}
            name={name}
            label={questions.find((q) => q.id === block.questionId)?.text ?? ""}
            defaultValue={answers[name] ?? ""}
            error={errors?.[name]}
            maxLength={REFLECTION_MAX}
            multiline
          />
        );
      })}
      <p className="hint">{nlLearning.learning.reflection.hint}</p>
      <div className="actions">
        <button type="submit" name="intent" value="reflections-next">
          {nlLearning.learning.reflection.saveAndNext}
        </button>
        <button type="submit" name="intent" value="reflections" className="button--secondary">
          {nlLearning.learning.reflection.save}
        </button>
      </div>
    </Form>
  );
}
