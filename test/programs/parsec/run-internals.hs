-- Parsec's internals as a library user drives them: runParsecT/mkPT over
-- State, Consumed (Consumed/Empty) and Reply (Ok/Error) values, fmap on
-- both, mergeErrorReply and sysUnExpectError, the Message constructors
-- (SysUnExpect, Enum), setErrorPos, the Token record fields of a
-- LanguageDef (identStart/identLetter/opStart/opLetter) and mondrian.
import Text.Parsec
import Text.Parsec.Prim
import Text.Parsec.Error
import Text.Parsec.Pos
import Text.Parsec.Language (mondrian, mondrianDef, haskellDef, emptyDef)
import qualified Text.Parsec.Token as T
import Data.Functor.Identity

showReply :: Show a => Reply String () a -> String
showReply (Ok a st err) = "Ok " ++ show a ++ " at " ++ show (statePos st) ++ " rest " ++ show (stateInput st) ++ " err " ++ show (map messageString (errorMessages err))
showReply (Error err) = "Error " ++ show err

runC :: Consumed (Identity (Reply String () a)) -> (String, Reply String () a)
runC (Consumed r) = ("consumed", runIdentity r)
runC (Empty r) = ("empty", runIdentity r)

step :: Show a => Parsec String () a -> String -> IO ()
step p s = do
  let st = State s (initialPos "in") ()
      (tag, rep) = runC (runIdentity (runParsecT p st))
  putStrLn (tag ++ ": " ++ showReply rep)

messages :: [Message]
messages = [SysUnExpect "sys", UnExpect "un", Expect "ex", Message "msg"]

main :: IO ()
main = do
  step (many1 digit) "123abc"
  step (many1 digit) "abc"
  step (string "ab" >> char 'x') "abz"
  step (fmap length (many letter)) "hello world"
  -- Consumed/Empty and Reply are Functors
  let c = fmap (+ 1) (Consumed (5 :: Int))
      e = fmap (* 2) (Empty (7 :: Int))
  print [case c of Consumed x -> x; Empty x -> -x, case e of Consumed x -> x; Empty x -> -x]
  -- the constructors as functions (their strict-field wrappers)
  let es = map Empty [length "abc", 2 + 2]
      sts = zipWith3 State ["in1", "in2"] [newPos "p" 1 1, newPos "q" 2 3] [(), ()]
  print [x | Empty x <- map (fmap (* 10)) es]
  print [(stateInput st, show (statePos st)) | st <- sts]
  let st0 = State "rest" (newPos "f" 3 4) ()
      ok = Ok (10 :: Int) st0 (newErrorUnknown (newPos "f" 3 4))
  putStrLn (showReply (fmap show ok))
  putStrLn (showReply (fmap (+ 1) (Error (newErrorMessage (Expect "thing") (newPos "g" 1 1)) :: Reply String () Int)))
  -- mergeErrorReply: the error merged into the reply's
  let err1 = newErrorMessage (Expect "digit") (newPos "f" 3 4)
  putStrLn (showReply (mergeErrorReply err1 ok))
  putStrLn (showReply (mergeErrorReply err1 (Error (newErrorMessage (UnExpect "x") (newPos "f" 3 4)) :: Reply String () Int)))
  putStrLn (showReply (sysUnExpectError "boom" (newPos "h" 2 9) :: Reply String () Int))
  -- mkPT builds a parser from the State function
  let consumeTwo = mkPT (\(State inp pos u) -> return (case inp of
        (a : b : rest) -> Consumed (return (Ok [a, b] (State rest (updatePosString pos [a, b]) u) (unknownError (State rest pos u))))
        _ -> Empty (return (sysUnExpectError "" pos))))
  print (parse (many consumeTwo) "" "abcdef")
  print (parse (consumeTwo >> consumeTwo) "src" "abc")
  -- Message: Enum, Eq, Ord, the accessor, and SysUnExpect in a ParseError
  print (map fromEnum messages, map messageString messages)
  print ([m1 == m2 | m1 <- messages, m2 <- messages], [compare m1 m2 | m1 <- messages, m2 <- take 2 messages])
  print (toEnum 2 `asTypeOf` (1 :: Int), [fromEnum (Message "a") .. 3])
  let perr = foldr addErrorMessage (newErrorUnknown (newPos "x" 1 1)) messages
  print perr
  print (setErrorPos (newPos "moved" 7 8) perr)
  print (errorPos (setErrorPos (newPos "m" 2 2) perr), errorIsUnknown perr, errorIsUnknown (newErrorUnknown (newPos "u" 1 1)))
  print (setErrorMessage (SysUnExpect "") perr)
  print (parse (unexpected "end" :: Parsec String () ()) "" "")
  print (parse (eof >> (fail "nope" :: Parsec String () ())) "f" "")
  -- the LanguageDef's token fields and mondrian
  let lang = mondrianDef
      run :: Parsec String () a -> String -> Either ParseError a
      run p = parse p "lang"
  print (T.commentStart lang, T.commentEnd lang, T.commentLine lang, T.nestedComments lang, T.reservedNames lang, T.reservedOpNames lang, T.caseSensitive lang)
  print (run (many1 (T.identStart lang) >> many (T.identLetter lang)) "abc_1' x", run (T.opStart haskellDef >> many (T.opLetter haskellDef)) "+*> y")
  print (run (T.identStart lang) "9x", run (T.opStart emptyDef) "a", run (T.opLetter lang) ":", run (T.opStart lang) "+")
  let lx = T.makeTokenParser mondrianDef
  print (run (T.whiteSpace lx >> many (T.identifier lx <|> T.operator lx)) "  class x = y // note\n  extends z ++ /* c */ w")
  print (run (many (T.reserved lx "class" >> T.identifier lx)) "class A class B", run (T.reservedOp lx "=" >> T.natural lx) "= 42")
  print (run (T.identifier mondrian) "let", run (T.identifier mondrian) "lettuce", run (T.parens mondrian (T.commaSep mondrian (T.integer mondrian))) "(1, -2, 3)")
  print (run (T.stringLiteral mondrian) "\"esc\\n\\65\" tail", run (T.charLiteral mondrian) "'q'")
