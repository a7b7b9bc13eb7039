-- Clean-room Text.Parsec.Error (parsec-3.1.14.0's API): parse errors,
-- their messages and how they print.
module Text.Parsec.Error
  ( Message (SysUnExpect, UnExpect, Expect, Message)
  , messageString
  , ParseError, errorPos, errorMessages, errorIsUnknown
  , showErrorMessages
  , newErrorUnknown, newErrorMessage
  , addErrorMessage, setErrorPos, setErrorMessage
  , mergeError
  ) where

import Data.List (nub, sort)
import Text.Parsec.Pos

data Message
  = SysUnExpect !String
  | UnExpect !String
  | Expect !String
  | Message !String

-- Messages are compared by their kind only (the string is ignored).
instance Enum Message where
  fromEnum m = case m of
    SysUnExpect _ -> 0
    UnExpect _ -> 1
    Expect _ -> 2
    Message _ -> 3
  -- The installed package's message with its `error` call's stack.
  toEnum _ =
    errorWithoutStackTrace
      "toEnum is undefined for Message\n\
      \CallStack (from HasCallStack):\n\
      \  error, called at libraries/parsec/src/Text/Parsec/Error.hs:71:16 in parsec-3.1.14.0:Text.Parsec.Error"

instance Eq Message where
  a == b = fromEnum a == fromEnum b

instance Ord Message where
  compare a b = compare (fromEnum a) (fromEnum b)

messageString :: Message -> String
messageString m = case m of
  SysUnExpect s -> s
  UnExpect s -> s
  Expect s -> s
  Message s -> s

data ParseError = ParseError !SourcePos [Message]

errorPos :: ParseError -> SourcePos
errorPos (ParseError p _) = p

-- Sorted by kind (stable): system unexpected, unexpected, expecting, other.
errorMessages :: ParseError -> [Message]
errorMessages (ParseError _ ms) = sort ms

errorIsUnknown :: ParseError -> Bool
errorIsUnknown (ParseError _ ms) = null ms

newErrorUnknown :: SourcePos -> ParseError
newErrorUnknown p = ParseError p []

newErrorMessage :: Message -> SourcePos -> ParseError
newErrorMessage m p = ParseError p [m]

addErrorMessage :: Message -> ParseError -> ParseError
addErrorMessage m (ParseError p ms) = ParseError p (m : ms)

setErrorPos :: SourcePos -> ParseError -> ParseError
setErrorPos p (ParseError _ ms) = ParseError p ms

-- Replaces every message of the same kind.
setErrorMessage :: Message -> ParseError -> ParseError
setErrorMessage m (ParseError p ms) = ParseError p (m : [x | x <- ms, x /= m])

-- The error further in the input wins; at the same position the messages
-- are concatenated; an error without messages loses to one with some.
mergeError :: ParseError -> ParseError -> ParseError
mergeError e1@(ParseError p1 ms1) e2@(ParseError p2 ms2)
  | null ms2 && not (null ms1) = e1
  | null ms1 && not (null ms2) = e2
  | otherwise = case compare p1 p2 of
      LT -> e2
      GT -> e1
      EQ -> ParseError p1 (ms1 ++ ms2)

instance Show ParseError where
  show e =
    show (errorPos e) ++ ":"
      ++ showErrorMessages "or" "unknown parse error" "expecting" "unexpected" "end of input" (errorMessages e)

instance Eq ParseError where
  a == b = errorPos a == errorPos b && strings a == strings b
    where
      strings = map messageString . errorMessages

showErrorMessages :: String -> String -> String -> String -> String -> [Message] -> String
showErrorMessages orWord unknownWord expectingWord unexpectedWord eoiWord msgs
  | null msgs = unknownWord
  | otherwise = concatMap ('\n' :) (tidy [sysPart, unexpPart, expPart, otherPart])
  where
    (sysMs, rest1) = span isSys msgs
    (unexpMs, rest2) = span isUnexp rest1
    (expMs, otherMs) = span isExp rest2
    isSys m = case m of SysUnExpect _ -> True; _ -> False
    isUnexp m = case m of UnExpect _ -> True; _ -> False
    isExp m = case m of Expect _ -> True; _ -> False

    -- Only the first system message is shown, and only when no user
    -- `unexpected` is there; an empty one means the end of the input.
    sysPart
      | not (null unexpMs) || null sysMs = ""
      | otherwise = case messageString (head sysMs) of
          "" -> unexpectedWord ++ " " ++ eoiWord
          s -> unexpectedWord ++ " " ++ s
    unexpPart = described unexpectedWord unexpMs
    expPart = described expectingWord expMs
    otherPart = described "" otherMs

    described prefix ms = case tidy (map messageString ms) of
      [] -> ""
      ss
        | null prefix -> orList ss
        | otherwise -> prefix ++ " " ++ orList ss

    orList ss = case ss of
      [] -> ""
      [s] -> s
      _ -> commaList (init ss) ++ " " ++ orWord ++ " " ++ last ss
    commaList = joinWith ", " . tidy
    joinWith _ [] = ""
    joinWith _ [s] = s
    joinWith sep (s : ss) = s ++ sep ++ joinWith sep ss

    tidy = nub . filter (not . null)
