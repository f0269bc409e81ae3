<?php
/**
 * JSON documents in the Media Library. WordPress accepts no .json upload by default, so a user
 * who may upload files could not put a summary's document on the site. This allows .json files
 * that hold JSON (not HTML or anything else named .json), served as application/json.
 * Turn it off with add_filter( 'exec_summary_allow_json_uploads', '__return_false' ).
 *
 * @package ExecSummary
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether .json uploads are allowed.
 *
 * @return bool
 */
function exec_summary_json_uploads_allowed() {
	/**
	 * Filters whether users who may upload files may upload .json documents.
	 *
	 * @param bool $allowed Default true.
	 */
	return (bool) apply_filters( 'exec_summary_allow_json_uploads', true );
}

/**
 * Adds .json to the file types users may upload.
 *
 * @param array $mimes Extension pattern => MIME type.
 * @return array
 */
function exec_summary_upload_mimes( $mimes ) {
	if ( exec_summary_json_uploads_allowed() ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}
add_filter( 'upload_mimes', 'exec_summary_upload_mimes' );

/**
 * Accepts a .json upload whose content is JSON. PHP's file type detection calls JSON
 * "application/json" or "text/plain"; WordPress refuses the file when the detected type is not
 * the extension's.
 *
 * @param array       $data      ext, type, proper_filename as WordPress found them.
 * @param string      $file      Full path to the uploaded file.
 * @param string      $filename  The file's name.
 * @param array|null  $mimes     Allowed MIME types.
 * @param string|bool $real_mime The detected MIME type.
 * @return array
 */
function exec_summary_check_json_upload( $data, $file, $filename, $mimes, $real_mime = false ) {
	if ( ! exec_summary_json_uploads_allowed() || 'json' !== strtolower( pathinfo( $filename, PATHINFO_EXTENSION ) ) ) {
		return $data;
	}
	if ( ! in_array( $real_mime, array( 'application/json', 'text/plain' ), true ) || ! is_readable( $file ) || filesize( $file ) > 1048576 ) {
		return array(
			'ext'             => false,
			'type'            => false,
			'proper_filename' => false,
		);
	}
	$decoded = json_decode( (string) file_get_contents( $file ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local upload.
	if ( ! is_object( $decoded ) ) {
		return array(
			'ext'             => false,
			'type'            => false,
			'proper_filename' => false,
		);
	}
	return array(
		'ext'             => 'json',
		'type'            => 'application/json',
		'proper_filename' => false,
	);
}
add_filter( 'wp_check_filetype_and_ext', 'exec_summary_check_json_upload', 10, 5 );
