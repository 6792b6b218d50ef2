// Directus Login, request-code flow, operations "reply", "reply_fake" and "cooldown_reply" (Run
// Script): the answer, with the facts of the code so that the client need not guess them:
//   {"otp_session_uuid", "channel", "code_length", "expires_in", "resend_after", "attempts_left"}
// (seconds; attempts_left counts the validations still allowed on this session).
module.exports = async function (data) {
    const limits = data.limits;
    const plan = data.plan_send;
    const codeLength = Number(limits.code_length);
    if (plan.action === 'cooldown') {
        return {
            otp_session_uuid: plan.session,
            channel: plan.channel,
            code_length: codeLength,
            expires_in: plan.expires_in,
            resend_after: plan.resend_after,
            attempts_left: plan.attempts_left,
        };
    }
    const sent = data.session_state || data.fake_session;
    const now = data.check_phone.now;
    return {
        otp_session_uuid: sent.otp_session_uuid,
        channel: data.check_phone.channel,
        code_length: codeLength,
        expires_in: Math.max(0, Math.floor((sent.expires_ms - now) / 1000)),
        resend_after: Number(limits.resend_seconds),
        attempts_left: sent.otp_session_uuid === plan.latest_session
            ? plan.latest_attempts_left
            : Number(limits.max_attempts),
    };
};
