-- A small regular-expression matcher (Pike/Kernighan style extended with
-- classes, +, ? and alternation via a parsed AST and backtracking) and a
-- grep over stdin lines.
module Main (main) where

import Data.Char (isDigit, isAlpha, isSpace)
import Data.List (isPrefixOf)

data Re = Chr Char | AnyC | Cls Bool [Char] | Seq [Re] | Alt Re Re | Star Re | Plus Re | Opt Re | Bol | Eol
  deriving Show

parseRe :: String -> Re
parseRe s = case alt s of
  (r, "") -> r
  (_, rest) -> error ("trailing: " ++ rest)
  where
    alt str = let (a, r) = seqP str in case r of
      ('|' : r') -> let (b, r'') = alt r' in (Alt a b, r'')
      _ -> (a, r)
    seqP str = go [] str
      where go acc r@(c : _) | c `elem` "|)" = (Seq (reverse acc), r)
            go acc [] = (Seq (reverse acc), [])
            go acc r = let (a, r') = atom r in go (postfix a r' acc) (dropPost r')
            postfix a ('*' : _) acc = Star a : acc
            postfix a ('+' : _) acc = Plus a : acc
            postfix a ('?' : _) acc = Opt a : acc
            postfix a _ acc = a : acc
            dropPost (c : r) | c `elem` "*+?" = r
            dropPost r = r
    atom ('(' : r) = let (a, r') = alt r in (a, drop 1 r')
    atom ('[' : '^' : r) = let (cs, r') = break (== ']') r in (Cls False (expand cs), drop 1 r')
    atom ('[' : r) = let (cs, r') = break (== ']') r in (Cls True (expand cs), drop 1 r')
    atom ('.' : r) = (AnyC, r)
    atom ('^' : r) = (Bol, r)
    atom ('$' : r) = (Eol, r)
    atom ('\\' : 'd' : r) = (Cls True ['0' .. '9'], r)
    atom ('\\' : c : r) = (Chr c, r)
    atom (c : r) = (Chr c, r)
    atom [] = (Seq [], [])
    expand (a : '-' : b : r) = [a .. b] ++ expand r
    expand (c : r) = c : expand r
    expand [] = []

-- all possible remainders after matching re at position (prefix consumed, whole input for anchors)
match :: Re -> Int -> String -> [(Int, String)]
match re pos s = case re of
  Chr c -> [(pos + 1, r) | (x : r) <- [s], x == c]
  AnyC -> [(pos + 1, r) | (_ : r) <- [s]]
  Cls pos' cs -> [(pos + 1, r) | (x : r) <- [s], (x `elem` cs) == pos']
  Bol -> [(pos, s) | pos == 0]
  Eol -> [(pos, s) | null s]
  Seq rs -> foldl (\acc r -> concatMap (\(p, t) -> match r p t) acc) [(pos, s)] rs
  Alt a b -> match a pos s ++ match b pos s
  Opt a -> match a pos s ++ [(pos, s)]
  Plus a -> concatMap (\(p, t) -> if p == pos then [(p, t)] else (p, t) : match (Star a) p t) (match a pos s)
  Star a -> concatMap (\(p, t) -> if p == pos then [] else match (Star a) p t) (match a pos s) ++ [(pos, s)]

search :: Re -> String -> Maybe (Int, Int)
search re s = case [(i, p) | i <- [0 .. length s], (p, _) <- take 1 (match re i (drop i s))] of
  ((i, p) : _) -> Just (i, p)
  [] -> Nothing

main :: IO ()
main = do
  input <- lines <$> getContents
  let pats = ["ab+c", "^[A-Z][a-z]+", "\\d\\d?-\\d+", "colou?r", "(cat|dog)s?$", "[^aeiou ]{0}x", "a.*z"]
  mapM_ (\p -> do
           let re = parseRe p
           putStrLn ("/" ++ p ++ "/")
           mapM_ (\l -> case search re l of
                          Just (i, j) -> putStrLn ("  " ++ l ++ "  [" ++ take (j - i) (drop i l) ++ "]")
                          Nothing -> return ()) input) pats
