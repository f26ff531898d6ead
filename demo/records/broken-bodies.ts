/**
 * Response bodies that are not usable FHIR, for the failure scenarios.
 * Both arrive with HTTP 200, so only the body (or its Content-Type) reveals the problem.
 */

/**
 * A JSON body cut off part-way (as when a proxy or gateway drops the connection). It stops
 * inside a Composition's narrative, before any Patient, so it names no patient.
 */
export const truncatedJsonBody =
  '{"resourceType":"Bundle","id":"5a1c9e7b-3f2d-4b8e-a6c4-0d9f2e1b7a83","type":"searchset",' +
  '"total":5,"entry":[{"fullUrl":"https://scr.example.test/summary-care-record/FHIR/R4/Composition/' +
  '1E7D4A9C-6B2F-4C38-9A05-F3E8D1C2B4A6","resource":{"resourceType":"Composition",' +
  '"id":"1E7D4A9C-6B2F-4C38-9A05-F3E8D1C2B4A6","status":"final","type":{"coding":[{' +
  '"system":"http://snomed.info/sct","code":"196981000000101","display":"General Practice Summary"}]},' +
  '"section":[{"title":"Allergies and Adverse Reactions","code":{"coding":[{"code":"AllergiesHeader"}]},' +
  '"text":{"status":"generated","div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><table id=\\"Allergies\\">' +
  '<thead><tr><th>Date</th><th>Descr';

/** An HTML page served with HTTP 200, as a gateway or login proxy might send instead of FHIR. */
export const htmlErrorPage = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Service temporarily unavailable</title></head>
<body>
<h1>Sorry, this service is temporarily unavailable</h1>
<p>The integration gateway could not reach the record service. Please try again in a few minutes.</p>
<p>Reference: DEMO-GW-0042</p>
</body>
</html>
`;
