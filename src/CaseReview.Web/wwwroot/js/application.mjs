// Loaded as an external module so the Content-Security-Policy can forbid inline script.
// The classes tell GOV.UK Frontend's CSS that its JavaScript is running (the template does this inline).
import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
