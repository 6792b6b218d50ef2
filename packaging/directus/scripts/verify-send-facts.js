// Directus Login, verify flow, operation "send_facts" (Run Script).
// The code this session belongs to, as the request-code flow recorded it in otp_events (the latest
// send on this session): the number, whether the session is a uniform reply's fake, its expiry.
// A session the request-code flow never handed out has no row ("-" then matches no number).
module.exports = async function (data) {
    const rows = Array.isArray(data.find_send) ? data.find_send : [];
    const send = rows[0] || null;
    return {
        found: Boolean(send),
        phone: send ? send.phone : '-',
        fake: Boolean(send && send.fake),
        expires: send ? Number(send.expires) || 0 : 0,
    };
};
