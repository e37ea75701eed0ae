import { describe, expect, it } from "vitest";
import { benefitHarm } from "./benefit.ts";

describe("benefit and harm rows (notes section 7)", () => {
  it("one option: its row as written", () => {
    expect(benefitHarm("hsct")?.response).toBe("6 of 14 (43%) remission");
  });

  it("several agents: joined per column, named", () => {
    expect(benefitHarm("romiplostim", "eltrombopag")?.response).toBe("romiplostim: 88% not splenectomised, 79% splenectomised; eltrombopag: 70-81% depending on dose (50-75 mg)");
  });

  it("no row (avatrombopag is not in the table): undefined, never invented", () => {
    expect(benefitHarm("avatrombopag")).toBeUndefined();
  });
});
