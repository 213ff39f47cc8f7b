import { expect, type Page } from "@playwright/test";

// The demo editor account (created on the embedded demo database only) and its sign-in.

const EDITOR = { email: "editor@claimtrail.test", password: "claimtrail-demo-password" };

/** What a browser sends with a same-origin fetch; the write API refuses cross-site ones. */
export const SAME_ORIGIN = { "sec-fetch-site": "same-origin" };

export async function signIn(page: Page) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
}

/** Words no other record has, so that search and duplicates find only this test's. */
export const unique = (label: string) => `${label}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
