-- A tokenizer over Data.ByteString.Char8: words, numbers, operators, with
-- line numbers; counts and a frequency table.
module Main (main) where

import qualified Data.ByteString.Char8 as B
import qualified Data.Map.Strict as M
import Data.Char (isAlpha, isDigit, isSpace, isAlphaNum)
import Data.List (sortBy)
import Data.Ord (comparing, Down(..))

data Tok = Ident B.ByteString | Num Int | Op B.ByteString | Str B.ByteString
  deriving (Show, Eq)

tokenize :: B.ByteString -> [Tok]
tokenize s = case B.uncons s of
  Nothing -> []
  Just (c, r)
    | isSpace c -> tokenize (B.dropWhile isSpace s)
    | isAlpha c || c == '_' -> let (w, r') = B.span (\x -> isAlphaNum x || x == '_') s in Ident w : tokenize r'
    | isDigit c -> case B.readInt s of
        Just (n, r') -> Num n : tokenize r'
        Nothing -> error "readInt"
    | c == '"' -> let (w, r') = B.break (== '"') r in Str w : tokenize (B.drop 1 r')
    | otherwise -> let (o, r') = B.span (`elem` "+-*/=<>!&|") s
                   in if B.null o then Op (B.singleton c) : tokenize r else Op o : tokenize r'

main :: IO ()
main = do
  src <- B.getContents
  let ls = zip [1 :: Int ..] (B.lines src)
  mapM_ (\(n, l) -> putStrLn (show n ++ ": " ++ show (tokenize l))) ls
  let toks = concatMap (tokenize . snd) ls
      freq = M.fromListWith (+) [(w, 1 :: Int) | Ident w <- toks]
  mapM_ (\(w, k) -> B.putStrLn (B.concat [w, B.pack " x", B.pack (show k)]))
    (take 5 (sortBy (comparing (\(w, k) -> (Down k, w))) (M.toList freq)))
  print (sum [n | Num n <- toks], B.length src, B.count '\n' src)
  B.putStr (B.unwords (B.words (B.pack "  squeeze   these\twords  ")))
  B.putStrLn B.empty
  print (B.readInt (B.pack "-42rest"), B.unsnoc (B.pack "abc"), B.elemIndex 'c' (B.pack "abcabc"))
