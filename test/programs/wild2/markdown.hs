-- A small Markdown to HTML converter: headings, lists, emphasis, code, links.
module Main (main) where

import Data.List (isPrefixOf, stripPrefix)
import Data.Char (isSpace, isDigit)

data Block = Heading Int String | Para [String] | UList [String] | OList [String] | Code [String] | Rule
  deriving Show

blocks :: [String] -> [Block]
blocks [] = []
blocks (l:ls)
  | all isSpace l = blocks ls
  | "```" `isPrefixOf` l = let (c, rest) = break ("```" `isPrefixOf`) ls in Code c : blocks (drop 1 rest)
  | l == "---" = Rule : blocks ls
  | ('#':_) <- l = let (hs, t) = span (== '#') l in Heading (length hs) (dropWhile isSpace t) : blocks ls
  | isBullet l = let (items, rest) = span isBullet (l:ls) in UList (map (drop 2) items) : blocks rest
  | isNumbered l = let (items, rest) = span isNumbered (l:ls) in OList (map (dropWhile isSpace . drop 1 . dropWhile isDigit) items) : blocks rest
  | otherwise = let (p, rest) = break endsPara (l:ls) in Para p : blocks rest
  where
    endsPara x = all isSpace x || isBullet x || "#" `isPrefixOf` x || "```" `isPrefixOf` x
    isBullet x = "- " `isPrefixOf` x || "* " `isPrefixOf` x
    isNumbered x = case span isDigit x of
      (_:_, '.':' ':_) -> True
      _ -> False

inline :: String -> String
inline [] = []
inline ('*':'*':r) | (b, '*':'*':r') <- breakOn "**" r = "<strong>" ++ inline b ++ "</strong>" ++ inline r'
inline ('*':r) | (b, '*':r') <- break (== '*') r, not (null b) = "<em>" ++ inline b ++ "</em>" ++ inline r'
inline ('`':r) | (b, '`':r') <- break (== '`') r = "<code>" ++ escape b ++ "</code>" ++ inline r'
inline ('[':r) | (t, ']':'(':r1) <- break (== ']') r, (u, ')':r2) <- break (== ')') r1 =
  "<a href=\"" ++ u ++ "\">" ++ inline t ++ "</a>" ++ inline r2
inline (c:r) = escape [c] ++ inline r

breakOn :: String -> String -> (String, String)
breakOn pat = go []
  where go acc s@(c:cs) | pat `isPrefixOf` s = (reverse acc, s)
                        | otherwise = go (c:acc) cs
        go acc [] = (reverse acc, [])

escape :: String -> String
escape = concatMap f
  where f '<' = "&lt;"; f '>' = "&gt;"; f '&' = "&amp;"; f c = [c]

html :: Block -> String
html b = case b of
  Heading n t -> tag ("h" ++ show n) (inline t)
  Para ls -> tag "p" (inline (unwords (map trim ls)))
  UList is -> "<ul>\n" ++ concatMap (\i -> "  " ++ tag "li" (inline i) ++ "\n") is ++ "</ul>"
  OList is -> "<ol>\n" ++ concatMap (\i -> "  " ++ tag "li" (inline i) ++ "\n") is ++ "</ol>"
  Code ls -> "<pre><code>" ++ escape (unlines ls) ++ "</code></pre>"
  Rule -> "<hr/>"
  where tag t s = "<" ++ t ++ ">" ++ s ++ "</" ++ t ++ ">"
        trim = reverse . dropWhile isSpace . reverse . dropWhile isSpace

main :: IO ()
main = do
  s <- getContents
  let bs = blocks (lines s)
  mapM_ (putStrLn . html) bs
  print (length bs, maybe "" id (stripPrefix "# " "# Title"))
