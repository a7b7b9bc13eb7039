module Tokens (Token (..), tokenize) where

import Data.Char (isDigit)

data Token = TNum Integer | TOp Char deriving (Show)

tokenize :: String -> [Token]
tokenize = map toToken . words
  where
    toToken w
      | all isDigit w = TNum (read w)
      | otherwise = TOp (head w)
