<?php
/**
 * Runs when the plugin is deleted from Plugins: removes every option it added, on every site of
 * a network.
 *
 * @package ExecSummary
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Removes the plugin's options from the current site. Keep in step with includes/settings.php.
 */
function exec_summary_uninstall_site() {
	delete_option( 'exec_summary_settings' );
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $exec_summary_site ) {
		switch_to_blog( $exec_summary_site );
		exec_summary_uninstall_site();
		restore_current_blog();
	}
} else {
	exec_summary_uninstall_site();
}
