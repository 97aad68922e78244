// What pinship uses of @actions/artifact. scripts/bundle.mjs bundles this file on its own
// (dist/artifact-client/index.js, sharing no chunk with the actions), because @actions/artifact
// brings @actions/github and undici (~0.8 MB) that only a record artifact's upload or download needs.
export { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact';
