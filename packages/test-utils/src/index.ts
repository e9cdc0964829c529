// Shared test helpers of the smtpfix packages (private).

export type { SimFixtures } from './sim.js';
export { SIM_ACCOUNT_PASSWORD, SIM_APP_PASSWORD, SIM_USER, simTest } from './sim.js';
