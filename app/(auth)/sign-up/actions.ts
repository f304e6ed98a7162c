"use server";

import { headers } from "next/headers";
import { action } from "@/app/_lib/action";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { SignUpSchema } from "@/lib/auth/schemas";
import { getDatabase } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { signUpLearner } from "@/lib/users/register-user";

/** Creates a learner account (answered alike for a taken email: see signUpLearner). */
export const signUp = action(SignUpSchema, { signedIn: false, invalidMessage: "Please correct the highlighted fields." }, async (input) =>
  signUpLearner(await getDatabase(), input, {
    address: clientAddressFrom(await headers()),
    maxPerHour: getEnv().SIGNUP_MAX_PER_ADDRESS_PER_HOUR,
  }),
);
