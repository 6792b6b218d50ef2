// Directus Login, verify flow, operation "plan_try" (Run Script).
// Decides whether this code may be checked, before anyone asks Plivo:
//   "refuse": 401 INVALID_OTP_SESSION (a session never handed out, expired, or out of attempts) or
//             429 REQUESTS_EXCEEDED (limits.daily_validations codes tried on this number's sessions
//             in 24 hours, when that cap is on);
//   "try":    "id" = "try:<session>:<n>", n one more than the highest attempt so far. claim_try
//             creates that row: its primary key makes the claim atomic, so of several attempts that
//             read the same state only one is checked, and at most max_attempts checks per session
//             ever reach Plivo. Every attempt counts (read_tries holds the won and the lost ones).
function wait(seconds) {
    if (seconds < 90) {
        return seconds + (seconds === 1 ? ' second' : ' seconds');
    }
    const minutes = Math.ceil(seconds / 60);
    return minutes < 90 ? minutes + ' minutes' : Math.ceil(minutes / 60) + ' hours';
}

module.exports = async function (data) {
    const limits = data.limits;
    const input = data.check_input;
    const send = data.send_facts;
    const tries = Array.isArray(data.read_tries) ? data.read_tries : [];
    const phoneTries = Array.isArray(data.read_phone_tries) ? data.read_phone_tries : [];
    const maxAttempts = Number(limits.max_attempts);
    const dailyValidations = Number(limits.daily_validations);
    const refuse = function (status, code, message, retryAfter) {
        return {
            action: 'refuse',
            status: status,
            code: code,
            message: retryAfter > 0 ? message + ' [retry_after=' + retryAfter + ']' : message,
        };
    };
    const sessionGone = 'This sign-in session is unknown, already used, expired or out of attempts. Request a new code.';
    if (!send.found || !(send.expires > input.now)) {
        return refuse(401, 'INVALID_OTP_SESSION', sessionGone, 0);
    }
    const spent = tries.length;
    if (spent >= maxAttempts) {
        return refuse(401, 'INVALID_OTP_SESSION', 'No attempts are left for this code. Request a new code.', 0);
    }
    if (dailyValidations > 0 && phoneTries.length >= dailyValidations) {
        let oldest = input.now;
        phoneTries.forEach(function (row) { oldest = Math.min(oldest, Number(row.at) || input.now); });
        const retryAfter = Math.max(1, Math.ceil((oldest + 24 * 3600 * 1000 - input.now) / 1000));
        return refuse(429, 'REQUESTS_EXCEEDED',
            'Too many codes were tried for this number today. Try again in ' + wait(retryAfter) + '.', retryAfter);
    }
    let highest = 0;
    tries.forEach(function (row) { highest = Math.max(highest, Number(row.n) || 0); });
    const n = highest + 1;
    const left = Math.max(0, maxAttempts - spent - 1);
    return {
        action: 'try',
        id: 'try:' + input.session + ':' + n,
        lost_id: 'lost:' + input.session + ':' + input.now + ':' + Math.random().toString(36).slice(2),
        n: n,
        phone: send.phone,
        fake: send.fake,
        spent: spent + 1,
        left: left,
        wrong_message: left > 0
            ? 'The code is not correct. ' + left + (left === 1 ? ' attempt' : ' attempts') + ' left.'
            : 'The code is not correct and no attempts are left. Request a new code.',
    };
};
