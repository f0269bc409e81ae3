<?php
/**
 * Runs PHP in the test site as a given user (run by wordpress.mjs with PHP's CLI, never served),
 * the way a request would: WordPress and its plugins loaded, `init` done. Reads
 * { root, host, user, code } as JSON from the environment variable ES_RUN; `code` is a function
 * body whose return value is printed as JSON after a marker line.
 *
 * @package ExecSummary\Tests
 */

$params = json_decode( getenv( 'ES_RUN' ), true );

$_SERVER['HTTP_HOST']   = $params['host'];
$_SERVER['SERVER_NAME'] = $params['host'];
$_SERVER['REQUEST_URI'] = '/';

require $params['root'] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/post.php';

if ( ! empty( $params['user'] ) ) {
	wp_set_current_user( $params['user'] );
}

// phpcs:ignore Squiz.PHP.Eval.Discouraged -- test-only: the code comes from the test files.
$es_result = eval( $params['code'] );
echo "\n@@exec-summary-result@@\n", wp_json_encode( $es_result );
