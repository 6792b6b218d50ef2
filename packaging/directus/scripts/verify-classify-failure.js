// Directus Login, verify flow, operation "classify_failure" (Run Script).
// Plivo refused the validation: decide what the caller is told (the next operation throws it).
// A 4xx about the code → 401 INVALID_OTP, whose message says how many attempts are left; a 4xx
// about the session (expired, too many attempts, unknown) → 401 INVALID_OTP_SESSION. Anything else
// (Plivo down, 5xx, our credentials refused, 429) throws, which answers 503 SERVICE_UNAVAILABLE.
// Nothing of Plivo's reply or of our request reaches the caller.
module.exports = async function (data) {
    const failure = data.$last && typeof data.$last === 'object' ? data.$last : {};
    const status = Number(failure.status) || 0;
    const body = failure.data && typeof failure.data === 'object' ? failure.data : {};
    const text = String(body.error || body.message || '').toLowerCase();
    const left = Number(data.check_session && data.check_session.left) || 0;
    const sessionProblem = status === 404
        || /expire|exceed|maximum|max attempt|too many|not found|already|no longer/.test(text);
    if ((status >= 400 && status < 500 && status !== 401 && status !== 403 && status !== 429) || status === 404) {
        if (sessionProblem) {
            return {
                status: 401,
                code: 'INVALID_OTP_SESSION',
                message: 'This sign-in session has expired or has no attempts left. Request a new code.',
            };
        }
        return {
            status: 401,
            code: 'INVALID_OTP',
            message: left > 0
                ? 'The code is not correct. ' + left + (left === 1 ? ' attempt' : ' attempts') + ' left.'
                : 'The code is not correct and no attempts are left. Request a new code.',
        };
    }
    throw new Error('the SMS provider is unavailable');
};
