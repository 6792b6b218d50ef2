// Directus Login, request-code flow, operation "plan_send" (Run Script).
// Decides what this request gets, from the codes sent to this number in the last 24 hours
// (read_sends, newest first; older rows were purged) and the attempts spent on the latest session
// (read_tries):
//   "cooldown": the latest code went out less than limits.resend_seconds ago and is still pending:
//               no SMS, the same session again, with the seconds left before a new code may be
//               asked for (a code already used to sign in does not hold the next sign-in back);
//   "refuse":   429 REQUESTS_EXCEEDED (daily cap, or a send still under way) or 400 (a call asked
//               for before any SMS); the message ends in "[retry_after=<seconds>]" when waiting helps;
//   "send":     a new code; "id" is the row that claims it. Two requests that plan the same send
//               race for that primary key in otp_events and only one wins (claim_send), so a
//               number never gets two codes inside the cooldown, whatever the concurrency.
// Order matters on several instances: this flow reads the sends (read_sends) BEFORE the user
// (find_user), and a send writes the user's session (save_session) BEFORE its otp_events row
// (record_send). So a request that sees the latest send's session also sees the user holding it,
// and never takes a pending code for a used one ("used" below). Read the other way round, two
// instances sent a second SMS inside the cooldown (tests/cluster).
function wait(seconds) {
    if (seconds < 90) {
        return seconds + (seconds === 1 ? ' second' : ' seconds');
    }
    const minutes = Math.ceil(seconds / 60);
    if (minutes < 90) {
        return minutes + ' minutes';
    }
    return Math.ceil(minutes / 60) + ' hours';
}

module.exports = async function (data) {
    const limits = data.limits;
    const phone = data.check_phone.phone;
    const channel = data.check_phone.channel;
    const now = data.check_phone.now;
    const rows = Array.isArray(data.read_sends) ? data.read_sends : [];
    const tries = Array.isArray(data.read_tries) ? data.read_tries : [];
    const resendMs = Number(limits.resend_seconds) * 1000;
    const dailyCodes = Number(limits.daily_codes);
    const maxAttempts = Number(limits.max_attempts);
    const latest = rows[0] || null;
    const latestAt = latest ? Number(latest.at) : 0;
    // A session its user already signed in with was cleared from the user: it is over, and the
    // cooldown (which exists not to re-send a pending code) no longer applies.
    const used = Boolean(latest && latest.session && data.check_user.known
        && data.check_user.session !== latest.session);
    const latestAlive = Boolean(latest && latest.session && !used && Number(latest.expires) > now);
    const attemptsLeft = latest && latest.session ? Math.max(0, maxAttempts - tries.length) : maxAttempts;
    const refuse = function (status, code, message, retryAfter) {
        return {
            action: 'refuse',
            status: status,
            code: code,
            message: retryAfter > 0 ? message + ' [retry_after=' + retryAfter + ']' : message,
        };
    };
    if (latest && !latest.session && now - latestAt < Math.max(resendMs, 60000)) {
        const left = Math.max(1, Math.ceil((latestAt + Math.max(resendMs, 60000) - now) / 1000));
        return refuse(429, 'REQUESTS_EXCEEDED',
            'A code is being sent to this number right now. Wait for it, or try again in ' + wait(left) + '.', left);
    }
    if (latest && latest.session && !used && now - latestAt < resendMs) {
        const resendAfter = Math.max(1, Math.ceil((latestAt + resendMs - now) / 1000));
        if (!latestAlive || attemptsLeft === 0) {
            return refuse(429, 'REQUESTS_EXCEEDED',
                'A new code can be sent to this number in ' + wait(resendAfter) + '.', resendAfter);
        }
        return {
            action: 'cooldown',
            session: latest.session,
            channel: latest.channel || 'sms',
            resend_after: resendAfter,
            expires_in: Math.max(0, Math.floor((Number(latest.expires) - now) / 1000)),
            attempts_left: attemptsLeft,
        };
    }
    if (channel === 'voice' && !latestAlive) {
        return refuse(400, 'INVALID_PAYLOAD',
            'A call can be asked for only after a code was sent by SMS to this number.', 0);
    }
    if (rows.length >= dailyCodes) {
        const oldest = rows[rows.length - 1];
        const retryAfter = Math.max(1, Math.ceil((Number(oldest.at) + 24 * 3600 * 1000 - now) / 1000));
        return refuse(429, 'REQUESTS_EXCEEDED',
            'Too many codes were sent to this number today. Try again in ' + wait(retryAfter) + '.', retryAfter);
    }
    const n = (latest ? Number(latest.n) || 0 : 0) + 1;
    return {
        action: 'send',
        id: 'send:' + phone + ':' + n,
        n: n,
        fake: !data.check_user.known,
        latest_session: latest && latest.session ? latest.session : null,
        latest_attempts_left: attemptsLeft,
    };
};
