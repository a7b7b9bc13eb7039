-- A tiny Brainfuck interpreter running a hello-world program.
import Data.Char (chr)

data Tape = Tape [Int] Int [Int]

blank :: Tape
blank = Tape [] 0 []

-- Find the matching bracket: skip forward over a balanced block.
skipBlock :: Int -> String -> String
skipBlock _ [] = []
skipBlock 0 (']' : rest) = rest
skipBlock d (c : rest)
  | c == '[' = skipBlock (d + 1) rest
  | c == ']' = skipBlock (d - 1) rest
  | otherwise = skipBlock d rest

blockBody :: Int -> String -> String
blockBody _ [] = []
blockBody 0 (']' : _) = []
blockBody d (c : rest)
  | c == '[' = c : blockBody (d + 1) rest
  | c == ']' = c : blockBody (d - 1) rest
  | otherwise = c : blockBody d rest

run :: String -> Tape -> (Tape, String)
run [] t = (t, [])
run (c : cs) t@(Tape l x r) = case c of
  '+' -> run cs (Tape l ((x + 1) `mod` 256) r)
  '-' -> run cs (Tape l ((x - 1) `mod` 256) r)
  '>' -> run cs (case r of [] -> Tape (x : l) 0 []; (y : ys) -> Tape (x : l) y ys)
  '<' -> run cs (case l of [] -> Tape [] 0 (x : r); (y : ys) -> Tape ys y (x : r))
  '.' -> let (t', out) = run cs t in (t', chr x : out)
  '[' -> loop (blockBody 0 cs) (skipBlock 0 cs) t
  _ -> run cs t
  where
    loop body after tape@(Tape _ v _)
      | v == 0 = run after tape
      | otherwise =
          let (tape', out1) = run body tape
              (tape'', out2) = loop body after tape'
           in (tape'', out1 ++ out2)

hello :: String
hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."

main :: IO ()
main = putStr (snd (run hello blank))
