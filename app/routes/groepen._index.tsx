import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { hasRole, requireUser } from "~/auth.server";
import { GroupCard } from "~/components/groups/group-card";
import { RedirectNotice } from "~/components/notice";
import { nl } from "~/i18n/nl";
import { listGroupsFor, listNetworkChoices } from "~/models/groups/list.server";
import { listThemes } from "~/models/groups/groups.server";

export const meta: MetaFunction = () => [{ title: `${nl.groups.list.title} | ${nl.appName}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const params = new URL(request.url).searchParams;
  const themeSlug = params.get("thema") || null;
  const networkSlug = params.get("netwerk") || null;
  const { mine, open } = listGroupsFor(user.id, { themeSlug, networkSlug });
  return json({
    mine: mine.map(({ inviteCode: _code, ...g }) => g),
    open,
    themes: listThemes(),
    networks: listNetworkChoices(),
    filter: { thema: themeSlug ?? "", netwerk: networkSlug ?? "" },
    canCreate: hasRole(user, "facilitator") || hasRole(user, "coordinator"),
  });
}

export default function Groups() {
  const { mine, open, themes, networks, filter, canCreate } = useLoaderData<typeof loader>();
  const t = nl.groups.list;
  return (
    <div className="page">
      <h1>{t.title}</h1>
      <RedirectNotice messages={{ verlaten: nl.groups.page.left }} />
      <p className="lead">{t.intro}</p>
      {canCreate ? (
        <p>
          <Link className="button" to="/groepen/nieuw">
            {t.create}
          </Link>
        </p>
      ) : null}
      <Form method="get" className="filter-bar" aria-label={t.filterTitle}>
        <div className="field">
          <label htmlFor="filter-thema">{t.filterTheme}</label>
          <select id="filter-thema" name="thema" defaultValue={filter.thema}>
            <option value="">{t.allThemes}</option>
            {themes.map((theme) => (
              <option key={theme.slug} value={theme.slug}>
                {theme.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-netwerk">{t.filterNetwork}</label>
          <select id="filter-netwerk" name="netwerk" defaultValue={filter.netwerk}>
            <option value="">{t.allNetworks}</option>
            {networks.map((network) => (
              <option key={network.slug} value={network.slug}>
                {network.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t.filterSubmit}</button>
      </Form>

      <h2>{t.mine}</h2>
      {mine.length === 0 ? (
        <p>{t.mineEmpty}</p>
      ) : (
        <ul className="cards">
          {mine.map((group) => (
            <GroupCard key={group.id} group={group} href={`/groepen/${group.id}`} linkText={group.name} />
          ))}
        </ul>
      )}

      <h2>{t.open}</h2>
      {open.length === 0 ? (
        <p>{t.openEmpty}</p>
      ) : (
        <>
          <p>{t.openIntro}</p>
          <ul className="cards">
            {open.map((group) => (
              <GroupCard key={group.id} group={group} href={`/groepen/join/${group.inviteCode}`} linkText={t.viewAndJoin(group.name)} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
