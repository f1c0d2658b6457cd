export interface SmokeActivities {
  greet(name: string): Promise<string>;
}

export function createSmokeActivities(calls: string[]): SmokeActivities {
  return {
    async greet(name) {
      calls.push(name);
      return `გამარჯობა, ${name} (pid ${process.pid})`;
    },
  };
}
