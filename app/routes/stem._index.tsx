import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Field } from "~/components/field";
import { nl } from "~/i18n/nl";
import { normalizeJoinCode } from "~/lib/join-code";
import { getWebinarByCode } from "~/models/webinars/webinars.server";

export const meta: MetaFunction = () => [{ title: `${nl.vote.title} | ${nl.appName}` }];

// Anyone may vote: no account, only the webinar's code.
export async function loader({ request }: LoaderFunctionArgs) {
  const typed = new URL(request.url).searchParams.get("code");
  if (typed === null) return json({ code: "", error: null });
  const code = normalizeJoinCode(typed);
  const webinar = code ? getWebinarByCode(code) : undefined;
  if (webinar) throw redirect(`/stem/${webinar.joinCode}`);
  if (typed.trim() === "") return json({ code: "", error: nl.form.required }, { status: 400 });
  return json({ code: typed.slice(0, 20), error: nl.vote.unknownCode }, { status: 404 });
}

export default function VoteStart() {
  const { code, error } = useLoaderData<typeof loader>();
  return (
    <div className="page narrow vote-page">
      <h1>{nl.vote.title}</h1>
      <p>{nl.vote.intro}</p>
      <Form method="get" className="stack">
        <Field
          name="code"
          label={nl.vote.code}
          hint={nl.vote.codeHint}
          error={error ?? undefined}
          defaultValue={code}
          autoComplete="off"
          maxLength={20}
        />
        <div className="actions">
          <button type="submit">{nl.vote.submitCode}</button>
        </div>
      </Form>
    </div>
  );
}
