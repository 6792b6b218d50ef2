// Directus Login, verify flow, operation "check_session" (Run Script).
// Throws (401 INVALID_OTP_SESSION) unless find_session found the active user whose pending session
// this is (a used session was cleared from its user) and its otp_expires_at is still ahead. plan_try has already checked the expiry and
// the attempts, and claimed this attempt; its count goes to the user's otp_attempts (count_attempt).
function base64(text) {
    // No Buffer or btoa in the Run Script sandbox. ASCII input (Plivo ids and tokens).
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    let out = '';
    for (let i = 0; i < text.length; i += 3) {
        const a = text.charCodeAt(i);
        const b = i + 1 < text.length ? text.charCodeAt(i + 1) : NaN;
        const c = i + 2 < text.length ? text.charCodeAt(i + 2) : NaN;
        const n = (a << 16) | ((b || 0) << 8) | (c || 0);
        out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63];
        out += isNaN(b) ? '=' : alphabet[(n >> 6) & 63];
        out += isNaN(c) ? '=' : alphabet[n & 63];
    }
    return out;
}

module.exports = async function (data) {
    const found = data.find_session;
    const user = Array.isArray(found) ? found[0] : found;
    if (!user || !user.id) {
        throw new Error('unknown or used session');
    }
    // An administrator can end a pending code by setting otp_expires_at in the past.
    if (!(Date.parse(user.otp_expires_at || '') > Date.now())) {
        throw new Error('expired session');
    }
    const plan = data.plan_try;
    const env = data.$env || {};
    return {
        id: user.id,
        attempts: plan.spent,
        left: plan.left,
        plivo_basic: env.PLIVO_AUTH_ID && env.PLIVO_AUTH_TOKEN
            ? base64(String(env.PLIVO_AUTH_ID) + ':' + String(env.PLIVO_AUTH_TOKEN))
            : null,
    };
};
