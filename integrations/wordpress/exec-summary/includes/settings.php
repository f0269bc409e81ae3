<?php
/**
 * Settings → Executive summary: the site's default theme, variant and heading level for cards
 * that set none, and an optional CDN URL for the card's files. One option,
 * exec_summary_settings (removed by uninstall.php).
 *
 * @package ExecSummary
 */

defined( 'ABSPATH' ) || exit;

/**
 * The option holding every setting.
 */
const EXEC_SUMMARY_OPTION = 'exec_summary_settings';

/**
 * The settings page's slug (options-general.php?page=exec-summary).
 */
const EXEC_SUMMARY_SETTINGS_PAGE = 'exec-summary';

/**
 * Every setting and its value when unset.
 *
 * @return array<string, string>
 */
function exec_summary_setting_defaults() {
	return array(
		'theme'         => '',
		'variant'       => '',
		'heading_level' => '',
		'cdn_url'       => '',
	);
}

/**
 * One setting's value ('' when unset); for card options, a value the card accepts.
 *
 * @param string $key A key of exec_summary_setting_defaults(), or a card option without a setting.
 * @return string
 */
function exec_summary_get_setting( $key ) {
	$defaults = exec_summary_setting_defaults();
	if ( ! array_key_exists( $key, $defaults ) ) {
		return '';
	}
	$settings = get_option( EXEC_SUMMARY_OPTION, array() );
	$value    = is_array( $settings ) && isset( $settings[ $key ] ) && is_string( $settings[ $key ] ) ? $settings[ $key ] : '';
	if ( 'cdn_url' === $key ) {
		return exec_summary_sanitize_cdn_url( $value );
	}
	return exec_summary_sanitize_card_option( $key, $value );
}

/**
 * A CDN URL if it is an absolute http(s) URL with a host, else ''.
 *
 * @param mixed $url The URL as entered.
 * @return string The URL, unescaped, or ''.
 */
function exec_summary_sanitize_cdn_url( $url ) {
	if ( ! is_string( $url ) ) {
		return '';
	}
	$url = trim( $url );
	if ( '' === $url || preg_match( '/[\x00-\x20\x7f]/', $url ) ) {
		return '';
	}
	$scheme = wp_parse_url( $url, PHP_URL_SCHEME );
	$host   = wp_parse_url( $url, PHP_URL_HOST );
	if ( ! is_string( $scheme ) || ! in_array( strtolower( $scheme ), array( 'http', 'https' ), true ) || empty( $host ) ) {
		return '';
	}
	return esc_url_raw( $url, array( 'http', 'https' ) );
}

/**
 * Sanitize callback of the option (options.php has unslashed the input): keeps accepted values,
 * and the previous CDN URL (with an error shown on the settings page) when the one entered is not
 * an http(s) URL.
 *
 * @param mixed $input The submitted settings.
 * @return array<string, string> The settings to store.
 */
function exec_summary_sanitize_settings( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$previous = get_option( EXEC_SUMMARY_OPTION, array() );
	$previous = is_array( $previous ) ? $previous : array();
	$clean    = exec_summary_setting_defaults();

	foreach ( array( 'theme', 'variant', 'heading_level' ) as $key ) {
		$value         = isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? $input[ $key ] : '';
		$clean[ $key ] = exec_summary_sanitize_card_option( $key, $value );
	}

	$entered = isset( $input['cdn_url'] ) && is_string( $input['cdn_url'] ) ? trim( $input['cdn_url'] ) : '';
	$cdn     = exec_summary_sanitize_cdn_url( $entered );
	if ( '' !== $entered && '' === $cdn ) {
		$cdn = isset( $previous['cdn_url'] ) && is_string( $previous['cdn_url'] ) ? exec_summary_sanitize_cdn_url( $previous['cdn_url'] ) : '';
		// WordPress runs this callback twice when the option is first added: say it once.
		$said = wp_list_pluck( get_settings_errors( EXEC_SUMMARY_OPTION ), 'code' );
		if ( ! in_array( 'exec_summary_cdn_url', $said, true ) ) {
			add_settings_error(
				EXEC_SUMMARY_OPTION,
				'exec_summary_cdn_url',
				__( 'The CDN URL must be an http:// or https:// address; the previous value was kept.', 'exec-summary' )
			);
		}
	}
	$clean['cdn_url'] = $cdn;
	return $clean;
}

/**
 * Registers the option, its section and fields.
 */
function exec_summary_register_settings() {
	register_setting(
		'exec_summary',
		EXEC_SUMMARY_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'exec_summary_sanitize_settings',
			'default'           => exec_summary_setting_defaults(),
			'show_in_rest'      => false,
		)
	);

	add_settings_section(
		'exec_summary_defaults',
		__( 'Card defaults', 'exec-summary' ),
		'exec_summary_render_defaults_section',
		EXEC_SUMMARY_SETTINGS_PAGE
	);
	add_settings_field(
		'exec_summary_theme',
		__( 'Theme', 'exec-summary' ),
		'exec_summary_render_select_field',
		EXEC_SUMMARY_SETTINGS_PAGE,
		'exec_summary_defaults',
		array(
			'key'       => 'theme',
			'label_for' => 'exec_summary_theme',
			'none'      => __( 'Stylesheet default (light)', 'exec-summary' ),
		)
	);
	add_settings_field(
		'exec_summary_variant',
		__( 'Layout', 'exec-summary' ),
		'exec_summary_render_select_field',
		EXEC_SUMMARY_SETTINGS_PAGE,
		'exec_summary_defaults',
		array(
			'key'       => 'variant',
			'label_for' => 'exec_summary_variant',
			'none'      => __( 'Default', 'exec-summary' ),
		)
	);
	add_settings_field(
		'exec_summary_heading_level',
		__( 'Title heading level', 'exec-summary' ),
		'exec_summary_render_select_field',
		EXEC_SUMMARY_SETTINGS_PAGE,
		'exec_summary_defaults',
		array(
			'key'         => 'heading_level',
			'label_for'   => 'exec_summary_heading_level',
			'none'        => __( 'Default (h2)', 'exec-summary' ),
			'description' => __( 'The card’s title is a heading of this level; its section titles follow it.', 'exec-summary' ),
		)
	);

	add_settings_section(
		'exec_summary_assets',
		__( 'Where the card’s files come from', 'exec-summary' ),
		'exec_summary_render_assets_section',
		EXEC_SUMMARY_SETTINGS_PAGE
	);
	add_settings_field(
		'exec_summary_cdn_url',
		__( 'CDN URL', 'exec-summary' ),
		'exec_summary_render_cdn_field',
		EXEC_SUMMARY_SETTINGS_PAGE,
		'exec_summary_assets',
		array( 'label_for' => 'exec_summary_cdn_url' )
	);
}
add_action( 'admin_init', 'exec_summary_register_settings' );

/**
 * The labels of option values shown in the settings' menus; a value without a label shows as
 * itself (card-options.php may gain values before this list does).
 *
 * @return array<string, array<string, string>>
 */
function exec_summary_value_labels() {
	return array(
		'theme'         => array(
			'light'         => __( 'Light', 'exec-summary' ),
			'dark'          => __( 'Dark', 'exec-summary' ),
			'auto'          => __( 'Automatic (follows the reader’s light or dark setting)', 'exec-summary' ),
			'sepia'         => __( 'Sepia', 'exec-summary' ),
			'high-contrast' => __( 'High contrast', 'exec-summary' ),
		),
		'variant'       => array(
			'compact' => __( 'Compact (for sidebars and narrow columns)', 'exec-summary' ),
		),
		'heading_level' => array(
			/* translators: %d: an HTML heading level, 2 to 6. */
			'2' => sprintf( __( 'Heading %d', 'exec-summary' ), 2 ),
			/* translators: %d: an HTML heading level, 2 to 6. */
			'3' => sprintf( __( 'Heading %d', 'exec-summary' ), 3 ),
			/* translators: %d: an HTML heading level, 2 to 6. */
			'4' => sprintf( __( 'Heading %d', 'exec-summary' ), 4 ),
			/* translators: %d: an HTML heading level, 2 to 6. */
			'5' => sprintf( __( 'Heading %d', 'exec-summary' ), 5 ),
			/* translators: %d: an HTML heading level, 2 to 6. */
			'6' => sprintf( __( 'Heading %d', 'exec-summary' ), 6 ),
		),
	);
}

/**
 * Intro of the defaults section.
 */
function exec_summary_render_defaults_section() {
	echo '<p>' . esc_html__( 'Cards take these unless their block, shortcode or template call sets its own (for example the block’s Theme setting, or [exec_summary src="…" theme="sepia"]).', 'exec-summary' ) . '</p>';
}

/**
 * Intro of the assets section.
 */
function exec_summary_render_assets_section() {
	echo '<p>' . esc_html__( 'By default the card’s files are served from this plugin’s folder on your site. To serve them from a CDN, upload the plugin’s assets folder there and enter its URL.', 'exec-summary' ) . '</p>';
}

/**
 * A menu of one card option's accepted values.
 *
 * @param array $args key, label_for, none (label of the empty choice), description (optional).
 */
function exec_summary_render_select_field( $args ) {
	$key     = $args['key'];
	$options = exec_summary_card_options();
	$labels  = exec_summary_value_labels();
	$current = exec_summary_get_setting( $key );
	printf( '<select id="%s" name="%s">', esc_attr( $args['label_for'] ), esc_attr( EXEC_SUMMARY_OPTION . '[' . $key . ']' ) );
	printf( '<option value=""%s>%s</option>', selected( $current, '', false ), esc_html( $args['none'] ) );
	foreach ( $options[ $key ]['values'] as $value ) {
		$label = isset( $labels[ $key ][ $value ] ) ? $labels[ $key ][ $value ] : $value;
		printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $current, $value, false ), esc_html( $label ) );
	}
	echo '</select>';
	if ( ! empty( $args['description'] ) ) {
		echo '<p class="description">' . esc_html( $args['description'] ) . '</p>';
	}
}

/**
 * The CDN URL field.
 *
 * @param array $args label_for.
 */
function exec_summary_render_cdn_field( $args ) {
	printf(
		'<input type="url" class="regular-text code" id="%s" name="%s" value="%s" placeholder="https://cdn.example.org/exec-summary/" aria-describedby="exec_summary_cdn_url_description">',
		esc_attr( $args['label_for'] ),
		esc_attr( EXEC_SUMMARY_OPTION . '[cdn_url]' ),
		esc_attr( exec_summary_get_setting( 'cdn_url' ) )
	);
	echo '<p class="description" id="exec_summary_cdn_url_description">'
		. esc_html__( 'Leave empty to use the copy in this plugin. The folder must hold exec-summary.js, exec-summary-runtime.js, exec_summary.js, exec_summary_bg.wasm and exec-summary.css of this version, served with CORS headers if on another origin.', 'exec-summary' )
		. '</p>';
}

/**
 * Adds Settings → Executive summary.
 */
function exec_summary_add_settings_page() {
	add_options_page(
		__( 'Executive summary', 'exec-summary' ),
		__( 'Executive summary', 'exec-summary' ),
		'manage_options',
		EXEC_SUMMARY_SETTINGS_PAGE,
		'exec_summary_render_settings_page'
	);
}
add_action( 'admin_menu', 'exec_summary_add_settings_page' );

/**
 * The settings page.
 */
function exec_summary_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap">';
	echo '<h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Put a card in a post with the Executive summary block (paste the summary as text, Markdown or JSON), with the shortcode [exec_summary src="URL of the JSON document"], or in a theme with exec_summary_card( array( \'src\' => … ) ).', 'exec-summary' ) . '</p>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'exec_summary' );
	do_settings_sections( EXEC_SUMMARY_SETTINGS_PAGE );
	submit_button();
	echo '</form></div>';
}

/**
 * A "Settings" link beside the plugin's Deactivate link on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function exec_summary_plugin_action_links( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		$url = admin_url( 'options-general.php?page=' . EXEC_SUMMARY_SETTINGS_PAGE );
		$links = array( 'settings' => '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'exec-summary' ) . '</a>' ) + $links;
	}
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( EXEC_SUMMARY_FILE ), 'exec_summary_plugin_action_links' );
