<?php
/**
 * Installs the test site headlessly (run by wordpress.mjs with PHP's CLI, never served):
 * wp_install(), the theme, the plugin activated from the working tree, one user per role, the
 * test documents in the uploads folder. Reads its parameters as JSON from the environment
 * variable ES_INSTALL and prints one JSON line: the users' ids, or { "error": … } (exit 1).
 *
 * @package ExecSummary\Tests
 */

$params = json_decode( getenv( 'ES_INSTALL' ), true );

// What a request would set; WordPress reads these while it loads.
$_SERVER['HTTP_HOST']   = $params['host'];
$_SERVER['SERVER_NAME'] = $params['host'];
$_SERVER['REQUEST_URI'] = '/';

define( 'WP_INSTALLING', true );
require $params['root'] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

/**
 * Prints the result and stops.
 *
 * @param array $result What to print.
 * @param int   $code   Exit code.
 */
function es_install_done( $result, $code = 0 ) {
	echo wp_json_encode( $result ), "\n";
	exit( $code );
}

$admin = $params['users']['administrator'];
$done  = wp_install( 'exec-summary test site', $admin['login'], $admin['email'], false, '', wp_slash( $admin['password'] ), 'en_US' );
if ( is_wp_error( $done ) ) {
	es_install_done( array( 'error' => $done->get_error_message() ), 1 );
}
update_option( 'home', $params['url'] );
update_option( 'siteurl', $params['url'] );
update_option( 'blogdescription', 'WordPress 6.1 for the plugin’s tests' );

$theme = wp_get_theme( 'twentytwentythree' );
if ( ! $theme->exists() ) {
	es_install_done( array( 'error' => 'Twenty Twenty-Three is not installed (wordpress-theme-twentytwentythree)' ), 1 );
}
switch_theme( 'twentytwentythree' );

$ids = array( 'administrator' => $done['user_id'] );
foreach ( $params['users'] as $role => $user ) {
	if ( 'administrator' === $role ) {
		continue;
	}
	$id = wp_insert_user(
		array(
			'user_login' => $user['login'],
			'user_pass'  => $user['password'],
			'user_email' => $user['email'],
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		es_install_done( array( 'error' => $role . ': ' . $id->get_error_message() ), 1 );
	}
	$ids[ $role ] = $id;
}
foreach ( $ids as $id ) {
	// The block editor's welcome guide opens on each user's first visit (6.1 keeps its state here).
	update_user_meta( $id, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
}

if ( empty( $params['plugin'] ) ) {
	es_install_done( array( 'users' => $ids ) );
}

// activate_plugin() loads the plugin and refuses it if it prints anything while loading.
$activated = activate_plugin( 'exec-summary/exec-summary.php' );
if ( is_wp_error( $activated ) ) {
	$output = $activated->get_error_data();
	es_install_done( array( 'error' => 'activate_plugin: ' . $activated->get_error_message() . ( is_string( $output ) ? ' ' . $output : '' ) ), 1 );
}

es_install_done( array( 'users' => $ids ) );
