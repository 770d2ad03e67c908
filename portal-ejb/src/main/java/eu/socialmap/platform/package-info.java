/**
 * What every capability stands on: the database and its migrations, configuration, business errors,
 * translations and health. Owns the network's own profile (its name and description).
 */
package eu.socialmap.platform;
