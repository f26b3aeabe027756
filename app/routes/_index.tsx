import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth.server";
import { HomeLearning } from "~/components/modules/home-learning";
import { RedirectNotice } from "~/components/notice";
import { nl } from "~/i18n/nl";
import { getHomeLearning } from "~/models/learning/home.server";
import { HomeGroups } from "~/components/home-groups";
import { homeGroupsFor } from "~/models/groups/home.server";

export const meta: MetaFunction = () => [
  { title: `${nl.appName}: ${nl.tagline}` },
  { name: "description", content: nl.home.anonIntro },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  return json({
    user: user && { name: user.name, roles: user.roles },
    learning: user && getHomeLearning(user.id),
    groups: user ? homeGroupsFor(user.id) : null,
  });
}

export default function Home() {
  const { user, learning, groups } = useLoaderData<typeof loader>();
  if (!user) {
    return (
      <div className="page">
        <RedirectNotice messages={{ "account-verwijderd": nl.account.deleted }} />
        <h1>{nl.home.anonTitle}</h1>
        <p className="lead">{nl.home.anonIntro}</p>
        <p className="actions">
          <Link className="button" to="/registreren">
            {nl.nav.register}
          </Link>
          <Link className="button button--secondary" to="/inloggen">
            {nl.nav.login}
          </Link>
        </p>
        <p>
          <Link to="/stem">{nl.home.anonVote}</Link>
        </p>
      </div>
    );
  }
  const actions = [
    { to: "/modules", text: nl.home.actions.modules, show: true },
    { to: "/groepen", text: nl.home.actions.groups, show: true },
    { to: "/stem", text: nl.home.actions.vote, show: true },
    { to: "/agenda", text: nl.home.actions.agenda, show: true },
    { to: "/modules", text: nl.home.actions.expert, show: user.roles.includes("expert") },
    { to: "/groepen/nieuw", text: nl.home.actions.facilitator, show: user.roles.includes("facilitator") },
    { to: "/webinars", text: nl.home.actions.coordinator, show: user.roles.includes("coordinator") },
    { to: "/beheer/gebruikers", text: nl.home.actions.admin, show: user.roles.includes("admin") },
  ].filter((a) => a.show);
  return (
    <div className="page">
      <h1>{nl.home.greeting(user.name)}</h1>
      <p className="muted">{nl.home.roleIntro(user.roles.map((r) => nl.roles[r]).join(", "))}</p>
      {learning ? <HomeLearning {...learning} /> : null}
      <h2>{nl.home.nextTitle}</h2>
      <ul className="cards">
        {actions.map((a) => (
          <li key={a.text} className="card">
            <Link to={a.to}>{a.text}</Link>
          </li>
        ))}
      </ul>
      {groups ? <HomeGroups data={groups} /> : null}
    </div>
  );
}
