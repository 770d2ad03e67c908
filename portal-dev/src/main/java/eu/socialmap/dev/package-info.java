/**
 * Developer tooling that is never deployed: the launcher behind the README's run command (an embedded MariaDB
 * and a Payara Micro child process), and the embedded database that integration tests of every module share.
 */
package eu.socialmap.dev;
