import type { ServiceContext } from '../../server/context';

export const DEMO_SIGN_INS: { role: string; email: string; password: string }[] = [];

export async function seedDemoProgram(_ctx: ServiceContext): Promise<boolean> {
  return false;
}
