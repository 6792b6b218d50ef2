// Directus Login, request-code flow, operation "session_state" (Run Script).
// Reads the session Plivo answered with. Asked again within the expiry, Plivo re-sends the same code
// on the same session: then the attempts already spent are kept (asking again never buys more
// tries). A new session starts with 0 attempts and expires in OTP_TTL_MS. Throws (503) when Plivo's
// answer has no session.
const OTP_TTL_MS = 10 * 60 * 1000;

module.exports = async function (data) {
    const reply = data.send_code && data.send_code.data;
    const uuid = reply && typeof reply.session_uuid === 'string' ? reply.session_uuid : '';
    if (!/^[0-9A-Za-z-]{8,64}$/.test(uuid)) {
        throw new Error('the SMS provider answered without a session');
    }
    const user = data.check_user;
    const now = Date.now();
    let attempts = 0;
    let expires = now + OTP_TTL_MS;
    if (user.session === uuid) {
        attempts = user.attempts;
        const previous = Date.parse(user.expires_at || '');
        if (previous > now) {
            expires = previous;
        }
    }
    return {
        otp_session_uuid: uuid,
        otp_attempts: attempts,
        otp_expires_at: new Date(expires).toISOString(),
    };
};
