package com.acme.inventory.api.dto;

import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

import java.io.Serializable;

/**
 * ¿Û¼õÃ÷Ï¸
 */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class DeductItem implements Serializable {
    private static final long serialVersionUID = 1L;

    private String skuCode;
    private int quantity;
}
