import { expect, test, type Page } from "@playwright/test";

// The demo accounts exist because the end-to-end app runs on a fresh embedded database.
const EDITOR = { email: "editor@claimtrail.test", password: "claimtrail-demo-password" };
const ADMIN = { email: "admin@claimtrail.test", password: "claimtrail-demo-password" };

async function signIn(page: Page, account: { email: string; password: string }, path = "/sign-in") {
  await page.goto(path);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a reader who opens the account or admin page is sent to sign in", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a wrong password says so, without saying whether the account exists", async ({ page }) => {
  const refusal = page.getByRole("alert").filter({ hasText: /\S/ });
  await signIn(page, { email: EDITOR.email, password: "not the demo password" });
  await expect(refusal).toHaveText("Email or password is incorrect.");
  await signIn(page, { email: "nobody@claimtrail.test", password: "not the demo password" });
  await expect(refusal).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the demo editor signs in through the form, sees the signed-in state, and signs out", async ({ page, context }) => {
  await signIn(page, EDITOR);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("signed-in-as")).toContainText(EDITOR.email);
  await expect(page.getByTestId("signed-in-as")).toContainText("an editor");

  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("claimtrail.session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  // An editor is not an admin: the page says so rather than showing anything.
  await page.goto("/admin");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("This page is for admins.");

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("sign-in returns to the page that asked for it, and an admin's invite link creates an editor", async ({ page, browser }) => {
  await page.goto("/admin");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("account-row")).toHaveCount(2);

  const email = `invitee-${Date.now()}@example.org`;
  await page.getByLabel("Email to invite").fill(email);
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByTestId("one-time-secret").textContent();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  const invitee = await browser.newPage();
  await invitee.goto(link!);
  await invitee.getByLabel("Your name").fill("Invited Editor");
  await invitee.getByLabel("Password (at least 12 characters)").fill("a password of my own");
  await invitee.getByLabel("Password again").fill("a password of my own");
  await invitee.getByRole("button", { name: "Create account" }).click();
  await expect(invitee).toHaveURL(/\/account$/);
  await expect(invitee.getByTestId("signed-in-as")).toContainText(email);

  await invitee.goto(link!);
  await expect(invitee.getByRole("heading", { name: "Invitation not valid" })).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(page.getByRole("button", { name: `Enable ${email}` })).toBeVisible();
  await invitee.goto("/account");
  await expect(invitee).toHaveURL(/\/sign-in$/);
  await invitee.close();
});

test("an admin form's unknown role is refused beside it, never read as another role", async ({ page }) => {
  await signIn(page, ADMIN, "/sign-in?next=%2Fadmin");
  await expect(page).toHaveURL(/\/admin$/);
  // A forged form: the select offers only real roles, so the value is put in by hand.
  const forge = (label: string, value: string) =>
    page.getByLabel(label).evaluate((select, forged) => {
      select.append(new Option(forged, forged));
      (select as HTMLSelectElement).value = forged;
    }, value);

  await forge(`Role of ${EDITOR.email}`, "SUPERUSER");
  const changeRole = page.getByRole("form", { name: "Change role" }).filter({ has: page.getByLabel(`Role of ${EDITOR.email}`) });
  await changeRole.getByRole("button", { name: "Change role" }).click();
  await expect(changeRole.getByRole("alert")).toHaveText("Unknown role.");
  await page.reload();
  await expect(page.getByLabel(`Role of ${EDITOR.email}`)).toHaveValue("EDITOR");

  await page.getByLabel("Email to invite").fill(`reader-${Date.now()}@example.org`);
  await forge("Role to invite as", "READER");
  await page.getByRole("button", { name: "Create invite link" }).click();
  await expect(page.getByRole("form", { name: "Create invite link" }).getByRole("alert")).toHaveText("Invite an editor or an admin.");
  await expect(page.getByTestId("one-time-secret")).toHaveCount(0);
});

test("every page carries a nonce CSP and security headers, and the page's scripts still run", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });

  const response = (await page.goto("/"))!;
  const headers = response.headers();
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(headers["content-security-policy"] ?? "")?.[1];
  expect(nonce, headers["content-security-policy"]).toBeTruthy();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
  // Every script Next.js rendered carries this response's nonce.
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  // The search box works only with JavaScript: typing updates the address without submitting.
  await page.getByRole("combobox", { name: "Search claims" }).fill("Qwen");
  await expect(page).toHaveURL(/[?&]q=Qwen/);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill("not the demo password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toBeVisible();
  expect(violations).toEqual([]);

  const second = (await page.request.get("/"))!.headers()["content-security-policy"];
  expect(second).not.toContain(`'nonce-${nonce}'`);
  for (const path of ["/sign-in", "/account", "/admin"]) {
    expect((await page.request.get(path, { maxRedirects: 0 })).headers()["cache-control"]).toContain("no-store");
  }
});
