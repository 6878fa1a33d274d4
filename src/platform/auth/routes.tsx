// SPDX-License-Identifier: EUPL-1.2
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps } from '../context.ts';
import { type FieldErrors, type FormValues, parseForm, textValue } from '../forms.ts';
import { clientAddress } from '../http/client-address.ts';
import { parseId } from '../http/ids.ts';
import { formatDate, t } from '../i18n.ts';
import type { Logger } from '../logger.ts';
import type { StaffGroupSource } from '../part.ts';
import { absoluteUrl, platformPaths } from '../paths.ts';
import { choosePasswordForm, newUserForm, signInForm } from './forms.ts';
import { currentUser, requirePermission } from './guards.ts';
import { roleMatrix } from './roles.ts';
import * as service from './service.ts';
import {
  clearSessionCookie,
  createSession,
  destroySession,
  sessionCookieName,
  setSessionCookie,
} from './sessions.ts';
import { ChoosePasswordPage, InvitationProblemPage } from './views/invitation-page.tsx';
import { SignInPage } from './views/sign-in-page.tsx';
import { UsersPage } from './views/users-page.tsx';

/** The status of a page for a link that does not work: gone for a link that did work once. */
const invitationStatus = {
  unknown: 404,
  used: 410,
  expired: 410,
  revoked: 410,
  disabled: 403,
} as const satisfies Record<service.InvitationProblem, number>;

/** Only local paths, so the sign-in form cannot be used to send someone to another site. */
function safeBack(value: string | undefined): string {
  return value && /^\/(?!\/)[\w\-/.%?=&]*$/.test(value) ? value : platformPaths.staff.dashboard;
}

export function authRoutes(
  { database, config, outbox }: AppDeps & { logger: Logger },
  staffGroups: StaffGroupSource,
) {
  const { db } = database;
  const app = new Hono();

  /** Queues the invitation mail from this administrator in the invitation's own transaction. */
  const invitationMail =
    (inviter: { name: string }): service.QueueInvitationMail =>
    (tx, to, invitation) =>
      outbox.queue(tx, {
        to: to.email,
        subject: t('auth.invitation.mail.subject'),
        text: t('auth.invitation.mail.body', {
          name: to.name,
          inviter: inviter.name,
          role: t(`auth.role.${to.role}`),
          link: absoluteUrl(config.PUBLIC_URL, platformPaths.staff.invitation(invitation.token)),
          date: formatDate(invitation.expiresAt),
        }),
      });

  // --- choosing a password through an invitation link ----------------------------------------------

  const renderInvitation = async (c: Context, token: string, errors?: FieldErrors) => {
    c.header('cache-control', 'private, no-store');
    const state = await service.findInvitation(db, token);
    if (!state.ok) {
      c.status(invitationStatus[state.reason]);
      return c.render(<InvitationProblemPage problem={state.reason} />, {
        title: t('auth.invitation.invalidTitle'),
      });
    }
    if (errors) c.status(400);
    return c.render(
      <ChoosePasswordPage token={token} user={state.user} csrfToken={c.get('csrfToken')()} errors={errors} />,
      { title: t('auth.invitation.title'), hasErrors: errors !== undefined },
    );
  };

  app.get('/uitnodiging/:token', (c) => renderInvitation(c, c.req.param('token')));

  app.post('/uitnodiging/:token', async (c) => {
    const token = c.req.param('token');
    const form = await parseForm(c, choosePasswordForm);
    if (!form.ok) return renderInvitation(c, token, form.errors);
    const accepted = await service.acceptInvitation(db, token, form.data.password);
    if (!accepted.ok) return renderInvitation(c, token);
    // The person just proved they read the mail and chose a password: they are signed in at once.
    setSessionCookie(c, await createSession(db, accepted.userId), config.secureCookies);
    c.get('renewCsrfToken')();
    return c.redirect(platformPaths.staff.dashboard, 303);
  });

  const renderSignIn = (c: Context, errors?: FieldErrors, values?: FormValues) =>
    c.render(
      <SignInPage
        csrfToken={c.get('csrfToken')()}
        back={safeBack(textValue(values, 'terug') || c.req.query('terug'))}
        errors={errors}
        values={values}
      />,
      {
        title: t('auth.signIn.title'),
        hasErrors: errors !== undefined,
      },
    );

  app.get('/inloggen', (c) => renderSignIn(c));

  app.post('/inloggen', async (c) => {
    const form = await parseForm(c, signInForm);
    if (!form.ok) {
      c.status(400);
      return renderSignIn(c, form.errors, form.values);
    }
    const result = await service.signIn(db, { ...form.data, client: clientAddress(c) });
    if (!result.ok) {
      c.status(result.reason === 'locked' ? 429 : 401);
      const message = result.reason === 'locked' ? t('auth.signIn.locked') : t('auth.signIn.invalid');
      return renderSignIn(c, { email: message }, form.values);
    }
    setSessionCookie(c, result.token, config.secureCookies);
    c.get('renewCsrfToken')();
    return c.redirect(safeBack(textValue(form.values, 'terug')), 303);
  });

  app.post('/uitloggen', async (c) => {
    const token = getCookie(c, sessionCookieName(config.secureCookies));
    if (token) await destroySession(db, token);
    clearSessionCookie(c, config.secureCookies);
    return c.redirect(platformPaths.root, 303);
  });

  const users = new Hono();
  users.use('*', requirePermission('manage-users'));

  const renderUsers = async (c: Context, errors?: FieldErrors, values?: FormValues, refusal?: string) => {
    const alliances = await staffGroups(db);
    const list = await service.listUsersWithAlliance(db, alliances);
    const invited = list.find((u) => String(u.id) === c.req.query('uitgenodigd'));
    const saved =
      c.req.query('opgeslagen') === '1'
        ? t('admin.users.saved')
        : invited
          ? t('admin.users.invitationSent', { email: invited.email })
          : undefined;
    const warning = refusal;
    return c.render(
      <UsersPage
        users={list}
        alliances={alliances}
        csrfToken={c.get('csrfToken')()}
        currentUserId={currentUser(c).id}
        errors={errors}
        values={values}
        saved={saved}
        warning={warning}
        matrix={roleMatrix()}
      />,
      { title: t('admin.users.title'), hasErrors: errors !== undefined },
    );
  };

  users.get('/', (c) => renderUsers(c));

  users.post('/', async (c) => {
    const form = await parseForm(c, newUserForm);
    if (!form.ok) {
      c.status(400);
      return renderUsers(c, form.errors, form.values);
    }
    const { role, allianceId } = form.data;
    if (role === 'alliance-editor' && !(await staffGroups(db)).some((a) => a.id === allianceId)) {
      c.status(400);
      return renderUsers(c, { allianceId: t('auth.form.alliance.required') }, form.values);
    }
    const admin = currentUser(c);
    const result = await service.inviteUser(db, admin, form.data, invitationMail(admin));
    if (!result.ok) {
      c.status(409);
      return renderUsers(c, { email: t('auth.form.email.taken') }, form.values);
    }
    return c.redirect(`${platformPaths.staff.users}?uitgenodigd=${result.id}`, 303);
  });

  users.post('/:id/uitnodiging', async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === null) throw new HTTPException(404);
    const admin = currentUser(c);
    const renewed = await service.renewInvitation(db, admin, id, invitationMail(admin));
    if (!renewed.ok) {
      if (renewed.reason === 'not-found') throw new HTTPException(404);
      c.status(409);
      const why =
        renewed.reason === 'disabled' ? 'admin.users.disabledNoInvite' : 'admin.users.alreadyActive';
      return renderUsers(c, undefined, undefined, t(why));
    }
    return c.redirect(`${platformPaths.staff.users}?uitgenodigd=${id}`, 303);
  });

  for (const [path, disabled] of [
    ['blokkeren', true],
    ['activeren', false],
  ] as const) {
    users.post(`/:id/${path}`, async (c) => {
      const id = parseId(c.req.param('id'));
      if (id === null) throw new HTTPException(404);
      if (id === currentUser(c).id) throw new HTTPException(400);
      await service.setUserDisabled(db, currentUser(c), id, disabled);
      return c.redirect(`${platformPaths.staff.users}?opgeslagen=1`, 303);
    });
  }

  app.route('/gebruikers', users);
  return app;
}
