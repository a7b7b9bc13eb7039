-- Clean-room Text.ParserCombinators.Parsec.Error (parsec-3.1.14.0).
module Text.ParserCombinators.Parsec.Error
  ( Message (SysUnExpect, UnExpect, Expect, Message)
  , messageString, messageCompare, messageEq
  , ParseError, errorPos, errorMessages, errorIsUnknown, showErrorMessages
  , newErrorUnknown, newErrorMessage, addErrorMessage, setErrorPos
  , setErrorMessage, mergeError
  ) where

import Text.Parsec.Error

messageCompare :: Message -> Message -> Ordering
messageCompare = compare

messageEq :: Message -> Message -> Bool
messageEq = (==)
