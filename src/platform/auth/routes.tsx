// SPDX-License-Identifier: EUPL-1.2
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps } from '../context.ts';
import { type FieldErrors, type FormValues, parseForm, textValue } from '../forms.ts';
import { clientAddress } from '../http/client-address.ts';
import { parseId } from '../http/ids.ts';
import { t } from '../i18n.ts';
import type { StaffGroupSource } from '../part.ts';
import { newUserForm, signInForm } from './forms.ts';
import { currentUser, requirePermission } from './guards.ts';
import * as service from './service.ts';
import { clearSessionCookie, destroySession, sessionCookieName, setSessionCookie } from './sessions.ts';
import { SignInPage } from './views/sign-in-page.tsx';
import { UsersPage } from './views/users-page.tsx';

/** Only local paths, so the sign-in form cannot be used to send someone to another site. */
function safeBack(value: string | undefined): string {
  return value && /^\/(?!\/)[\w\-/.%?=&]*$/.test(value) ? value : '/beheer';
}

export function authRoutes({ database, config }: AppDeps, staffGroups: StaffGroupSource) {
  const { db } = database;
  const app = new Hono();

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
    return c.redirect('/', 303);
  });

  const users = new Hono();
  users.use('*', requirePermission('manage-users'));

  const renderUsers = async (c: Context, errors?: FieldErrors, values?: FormValues) => {
    const alliances = await staffGroups(db);
    const list = await service.listUsersWithAlliance(db, alliances);
    const saved = c.req.query('opgeslagen') === '1' ? t('admin.users.saved') : undefined;
    return c.render(
      <UsersPage
        users={list}
        alliances={alliances}
        csrfToken={c.get('csrfToken')()}
        currentUserId={currentUser(c).id}
        errors={errors}
        values={values}
        saved={saved}
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
    const result = await service.createUser(db, currentUser(c), form.data);
    if (!result.ok) {
      c.status(409);
      return renderUsers(c, { email: t('auth.form.email.taken') }, form.values);
    }
    return c.redirect('/beheer/gebruikers?opgeslagen=1', 303);
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
      return c.redirect('/beheer/gebruikers?opgeslagen=1', 303);
    });
  }

  app.route('/gebruikers', users);
  return app;
}
