// Signs in once per demo role through the real form, checks that each lands on its own
// home, and keeps the session for the other tests (storageState).
import { expect, test as setup } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { DEMO_PASSWORD, ROLES, storageState, type RoleName } from "./support/roles";

for (const [role, info] of Object.entries(ROLES) as [RoleName, (typeof ROLES)[RoleName]][]) {
  setup(`${role} signs in with a password and lands on the ${role} home`, async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.withPassword(info.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${info.home}$`));
    await expect(page.getByRole("heading", { level: 1, name: info.heading })).toBeVisible();
    await page.context().storageState({ path: storageState(role) });
  });
}
