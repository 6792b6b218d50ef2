// Directus Login, request-code flow, operation "send_facts" (Run Script).
// The latest code sent to this number (read_sends, newest first), so that read_tries can count the
// attempts already spent on its session. "-" matches no session.
module.exports = async function (data) {
    const rows = Array.isArray(data.read_sends) ? data.read_sends : [];
    const latest = rows[0] || null;
    return { session: (latest && latest.session) || '-', sends: rows.length };
};
