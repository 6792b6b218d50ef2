// Directus Login, request-code flow, operation "fake_session" (Run Script), uniform replies only.
// A number without an account gets what a known number gets: a session id of Plivo's shape that
// no code will ever validate (the verify flow knows it from otp_events.fake), and nothing is sent.
// The id does not need to be unpredictable: it opens nothing.
module.exports = async function (data) {
    const hex = function (n) {
        let out = '';
        for (let i = 0; i < n; i++) {
            out += Math.floor(Math.random() * 16).toString(16);
        }
        return out;
    };
    const variant = (8 + Math.floor(Math.random() * 4)).toString(16);
    return {
        otp_session_uuid: hex(8) + '-' + hex(4) + '-4' + hex(3) + '-' + variant + hex(3) + '-' + hex(12),
        expires_ms: data.check_phone.now + Number(data.limits.code_seconds) * 1000,
    };
};
